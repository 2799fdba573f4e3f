/**
 * One step of the 督办 loop: 交办 (a department and a deadline, not before today), 反馈 (what the
 * department did) or 销号 (how it was resolved). Each carries the problem's version; 409 when stale.
 */
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAssignProblem, useCloseProblem, useRespondProblem } from '../../api/projects';
import type { ProblemView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';

export type ProblemStep = 'assign' | 'respond' | 'close';

interface Fields {
  unit?: string;
  dueOn?: Dayjs;
  text?: string;
}

export function ProblemStepModal({
  target,
  onClose,
}: {
  target: { problem: ProblemView; step: ProblemStep } | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const { message } = App.useApp();
  const units = useUnitNames().units.filter((u) => u.active);
  const [form] = Form.useForm<Fields>();
  const assign = useAssignProblem();
  const respond = useRespondProblem();
  const close = useCloseProblem();
  const step = target?.step ?? 'assign';
  const pending = assign.isPending || respond.isPending || close.isPending;
  const error = { assign: assign.error, respond: respond.error, close: close.error }[step];
  const done = {
    onSuccess: () => {
      message.success(t(`problems.done.${step}`));
      onClose();
    },
    onError: (e: unknown) => {
      if (e instanceof ApiError && e.isConflict) {
        message.error(t('problems.conflict'), 8);
        onClose();
        return;
      }
      showFieldIssues(form, e, text, ['unit', 'dueOn', 'text', 'note']);
    },
  };
  const submit = (f: Fields) => {
    if (!target) return;
    const { id, version } = target.problem;
    const words = f.text?.trim() ?? '';
    if (step === 'assign')
      assign.mutate(
        { id, version, unit: f.unit ?? '', dueOn: f.dueOn?.format('YYYY-MM-DD') ?? '', note: words || null },
        done,
      );
    else if (step === 'respond') respond.mutate({ id, version, text: words }, done);
    else close.mutate({ id, version, note: words }, done);
  };
  return (
    <Modal
      open={target !== null}
      title={target ? t(`problems.stepTitle.${step}`, { id: target.problem.id }) : ''}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      {target && (
        <Form<Fields>
          name="problem-step"
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ unit: target.problem.assignedUnit?.code }}
        >
          <p className="muted">{target.problem.description}</p>
          {step === 'assign' && (
            <div className="form-row">
              <Form.Item
                label={t('problems.department')}
                name="unit"
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={units.map((u) => ({ value: u.code, label: name(u) }))}
                />
              </Form.Item>
              <Form.Item
                label={t('problems.deadline')}
                name="dueOn"
                rules={[{ required: true, message: t('common.required') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </div>
          )}
          <Form.Item
            label={t(`problems.stepText.${step}`)}
            name="text"
            rules={
              step === 'assign' ? [] : [{ required: true, whitespace: true, message: t('common.required') }]
            }
          >
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          {error && <ErrorAlert error={error} />}
        </Form>
      )}
    </Modal>
  );
}
