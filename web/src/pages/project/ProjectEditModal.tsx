/**
 * 编辑项目: the attributes the plan office sets, with the reason every version needs. Only what
 * changed is sent, with the version read; the server's field issues appear at their fields.
 */
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useOutline } from '../../api/plans';
import { useProjectCodes, useUpdateProject } from '../../api/projects';
import type { ProjectDetail } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { changedAttributes, type EditFields, initialFields } from './project-edit';

const fields = [
  'name',
  'column',
  'responsibleUnit',
  'park',
  'leader',
  'chain',
  'owner',
  'nature',
  'investor',
  'totalInvestment',
  'plannedStart',
  'plannedFinish',
  'reason',
];

export function ProjectEditModal({
  project,
  open,
  conflict,
  onClose,
  onConflict,
}: {
  project: ProjectDetail;
  open: boolean;
  /** The version a refused save found, after which the form shows the latest content. */
  conflict: number | null;
  onClose(): void;
  onConflict(currentVersion: number | null): void;
}) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const { message } = App.useApp();
  const { code } = usePlan();
  const [form] = Form.useForm<EditFields>();
  const update = useUpdateProject(code, project.code);
  // A newer version (after a conflict, or a save) replaces what the form shows.
  const { version } = project;
  useEffect(() => {
    if (open && version > 0) form.resetFields();
  }, [form, open, version]);
  const outline = useOutline(code).data;
  const codes = useProjectCodes().data;
  const units = useUnitNames().units.filter((u) => u.active);
  const unitOptions = units.map((u) => ({ value: u.code, label: name(u) }));
  const codeOptions = (list: { code: string; zh: string; en: string }[] | undefined) =>
    (list ?? []).map((c) => ({ value: c.code, label: text(c) }));
  const submit = (f: EditFields) => {
    const change = changedAttributes(project, f);
    if (Object.keys(change).length === 0) {
      message.info(t('project.nothingChanged'));
      return;
    }
    update.mutate(
      { ...change, version: project.version, reason: f.reason.trim() },
      {
        onSuccess: () => {
          message.success(t('project.saved'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.isConflict) onConflict(e.currentVersion);
          else showFieldIssues(form, e, text, fields);
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('project.editTitle', { code: project.code })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={760}
      destroyOnHidden
    >
      {conflict !== null && (
        <Alert
          className="block-gap"
          type="warning"
          showIcon
          title={t('project.conflict', { version: conflict })}
        />
      )}
      <Form<EditFields>
        name="project-edit"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialFields(project)}
      >
        <Form.Item
          label={t('projects.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <div className="form-row">
          <Form.Item label={t('projects.column')} name="column">
            <Select
              allowClear
              options={(outline?.columns ?? []).map((c) => ({
                value: c.id,
                label: `${t('outline.number.column', { n: c.number })} ${c.title}`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('projects.chain')} name="chain">
            <Select allowClear options={codeOptions(codes?.chains)} />
          </Form.Item>
          <Form.Item
            label={t('projects.responsibleUnit')}
            name="responsibleUnit"
            extra={t('project.unitHint')}
          >
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
          </Form.Item>
          <Form.Item label={t('projects.park')} name="park">
            <Select
              allowClear
              options={units.filter((u) => u.kind === 'park').map((u) => ({ value: u.code, label: name(u) }))}
            />
          </Form.Item>
          <Form.Item label={t('project.leader')} name="leader">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('project.owner')} name="owner">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('project.nature')} name="nature">
            <Select allowClear options={codeOptions(codes?.natures)} />
          </Form.Item>
          <Form.Item label={t('project.investor')} name="investor">
            <Select allowClear options={codeOptions(codes?.investors)} />
          </Form.Item>
          <Form.Item label={t('project.totalInvestmentWan')} name="totalInvestment">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('project.plannedStart')} name="plannedStart">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('project.plannedFinish')} name="plannedFinish">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item
          label={t('project.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {update.error && !(update.error instanceof ApiError && update.error.isConflict) && (
          <ErrorAlert error={update.error} />
        )}
      </Form>
    </Modal>
  );
}
