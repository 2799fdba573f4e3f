/**
 * 延期: a new due date for the whole round, or for one unit of it.
 */
import { DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useExtend } from '../../../api/rounds';
import { ErrorAlert } from '../../../components/ErrorAlert';

export interface ExtendTarget {
  roundId: number;
  dueOn: string;
  unit?: string;
  unitName?: string;
}

export function ExtendModal({ target, onClose }: { target: ExtendTarget | null; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ dueOn: Dayjs }>();
  const extend = useExtend();
  const submit = ({ dueOn }: { dueOn: Dayjs }) => {
    if (!target) return;
    extend.mutate(
      {
        id: target.roundId,
        dueOn: dueOn.format('YYYY-MM-DD'),
        ...(target.unit ? { unit: target.unit } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      open={target !== null}
      title={target?.unitName ? t('rounds.extendUnit', { unit: target.unitName }) : t('rounds.extendRound')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={extend.isPending}
      destroyOnHidden
    >
      {target && (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dueOn: dayjs(target.dueOn) }}>
          <Form.Item
            label={t('rounds.newDueOn')}
            name="dueOn"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker />
          </Form.Item>
          {extend.error && <ErrorAlert error={extend.error} />}
        </Form>
      )}
    </Modal>
  );
}
