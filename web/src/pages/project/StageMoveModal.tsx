/**
 * 调整阶段: the new stage, the day it happened and why. A step back or a skip forward asks for a
 * reason; the server refuses without one and its message is shown at the field.
 */
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { projectStages } from '../../../../src/contracts/project-stages';
import { ApiError } from '../../api/client';
import { useMoveStage } from '../../api/projects';
import type { ProjectDetail, ProjectStage } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useLocalized } from '../../i18n/localized';
import { asksForReason, moveKind } from './stage-move';

interface Fields {
  stage?: ProjectStage;
  on: Dayjs;
  reason?: string;
}

export function StageMoveModal({
  plan,
  project,
  open,
  onClose,
  onConflict,
}: {
  plan: string;
  project: Pick<ProjectDetail, 'code' | 'stage' | 'version'>;
  open: boolean;
  onClose(): void;
  onConflict(): void;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const move = useMoveStage(plan, project.code);
  const target = Form.useWatch('stage', form);
  const kind = target ? moveKind(project.stage, target) : null;
  const submit = (f: Fields) => {
    if (!f.stage) return;
    move.mutate(
      {
        stage: f.stage,
        on: f.on.format('YYYY-MM-DD'),
        reason: f.reason?.trim() || null,
        version: project.version,
      },
      {
        onSuccess: () => {
          message.success(t('stageMove.moved', { stage: t(`projectStage.${f.stage ?? 'conceived'}`) }));
          form.resetFields();
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.isConflict) {
            message.error(t('project.conflict', { version: e.currentVersion ?? '?' }), 8);
            onConflict();
            return;
          }
          showFieldIssues(form, e, text, ['stage', 'on', 'reason']);
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('stageMove.title')}
      okText={t('stageMove.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      destroyOnHidden
      forceRender
    >
      <p>{t('stageMove.current', { stage: t(`projectStage.${project.stage}`) })}</p>
      <Form<Fields>
        name="stage-move"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ on: dayjs() }}
      >
        <Form.Item
          label={t('stageMove.stage')}
          name="stage"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={projectStages
              .filter((s) => s !== project.stage)
              .map((s) => ({ value: s, label: t(`projectStage.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('stageMove.on')}
          name="on"
          extra={t('stageMove.onHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker />
        </Form.Item>
        {kind && kind !== 'same' && (
          <Alert
            className="block-gap"
            type={asksForReason(kind) ? 'warning' : 'info'}
            showIcon
            data-testid="stage-move-kind"
            title={t(`stageMove.kind.${kind}`)}
          />
        )}
        <Form.Item
          label={kind && asksForReason(kind) ? t('stageMove.reasonRequired') : t('stageMove.reason')}
          name="reason"
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {move.error && !(move.error instanceof ApiError && move.error.isConflict) && (
          <ErrorAlert error={move.error} />
        )}
      </Form>
    </Modal>
  );
}
