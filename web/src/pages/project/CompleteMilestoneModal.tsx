/**
 * 节点完成: the day a milestone was met (not after today) and a note; the server checks that the
 * person's unit is responsible for it.
 */
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCompleteMilestone } from '../../api/projects';
import type { MilestoneView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useLocalized } from '../../i18n/localized';

interface Fields {
  actualOn: Dayjs;
  note?: string;
}

export function CompleteMilestoneModal({
  milestone,
  onClose,
}: {
  milestone: MilestoneView | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const complete = useCompleteMilestone();
  const submit = (f: Fields) => {
    if (!milestone) return;
    complete.mutate(
      {
        id: milestone.id,
        version: milestone.version,
        actualOn: f.actualOn.format('YYYY-MM-DD'),
        note: f.note?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t('milestones.completed', { name: milestone.name }));
          onClose();
        },
        onError: (e) => showFieldIssues(form, e, text, ['actualOn', 'note']),
      },
    );
  };
  return (
    <Modal
      open={milestone !== null}
      title={t('milestones.completeTitle', { name: milestone?.name ?? '' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={complete.isPending}
      destroyOnHidden
    >
      {milestone && (
        <Form<Fields>
          name="milestone-complete"
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ actualOn: dayjs() }}
        >
          <Form.Item
            label={t('milestones.actualOn')}
            name="actualOn"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('milestones.note')} name="note">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {complete.error && <ErrorAlert error={complete.error} />}
        </Form>
      )}
    </Modal>
  );
}
