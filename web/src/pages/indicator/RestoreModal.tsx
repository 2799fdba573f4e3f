/**
 * 恢复修订 (administrators): an earlier revision becomes the current one again — as a new revision,
 * with the reason required; nothing in between is deleted.
 */
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRestoreRevision } from '../../api/ledger';
import type { IndicatorPage } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber, useLocalized, usePeriodLabel } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

type Revision = IndicatorPage['ledger'][number];

export function RestoreModal({ revision, onClose }: { revision: Revision | null; onClose(): void }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { message } = App.useApp();
  const periodLabel = usePeriodLabel();
  const { code } = usePlan();
  const [form] = Form.useForm<{ reason: string }>();
  const restore = useRestoreRevision(code);
  return (
    <Modal
      open={revision !== null}
      title={t('restore.title')}
      okText={t('restore.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={restore.isPending}
      destroyOnHidden
    >
      {revision && (
        <Form
          name="restore"
          form={form}
          layout="vertical"
          onFinish={({ reason }: { reason: string }) =>
            restore.mutate(
              { id: revision.id, reason: reason.trim() },
              {
                onSuccess: () => {
                  message.success(t('restore.done'));
                  onClose();
                },
              },
            )
          }
        >
          <p>
            {t('restore.what', {
              period: periodLabel(revision.period),
              revision: revision.revision,
              value: formatNumber(revision.value, locale, 4),
            })}
          </p>
          <Form.Item
            label={t('restore.reason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {restore.error && <ErrorAlert error={restore.error} />}
        </Form>
      )}
    </Modal>
  );
}
