/**
 * 设置责任分工 of one item: one lead unit (牵头) and any co-units (配合). The earlier assignment
 * stays on record on the server.
 */
import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetAssignment } from '../../api/admin';
import type { AssignmentView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

export interface AssignableItem {
  itemType: AssignmentView['itemType'];
  itemCode: string;
  name: string;
  lead: string | null;
  co: string[];
}

interface Fields {
  lead: string;
  co: string[];
}

export function AssignmentModal({ item, onClose }: { item: AssignableItem | null; onClose(): void }) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const { code } = usePlan();
  const units = useUnitNames();
  const [form] = Form.useForm<Fields>();
  const assign = useSetAssignment(code);
  const options = units.units.filter((u) => u.active).map((u) => ({ value: u.code, label: name(u) }));
  const submit = (f: Fields) => {
    if (!item) return;
    assign.mutate(
      { itemType: item.itemType, itemCode: item.itemCode, lead: f.lead, co: f.co ?? [] },
      { onSuccess: onClose, onError: (e) => showFieldIssues(form, e, text, ['lead', 'co']) },
    );
  };
  return (
    <Modal
      open={item !== null}
      title={t('assignments.set', { item: item ? `${item.itemCode} ${item.name}` : '' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      {item && (
        <Form<Fields>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ lead: item.lead ?? undefined, co: item.co }}
        >
          <Form.Item
            label={t('assignments.lead')}
            name="lead"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
          </Form.Item>
          <Form.Item
            label={t('assignments.co')}
            name="co"
            dependencies={['lead']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, co?: string[]) => {
                  if (co?.includes(getFieldValue('lead'))) throw new Error(t('assignments.leadAlsoCo'));
                },
              }),
            ]}
          >
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} />
          </Form.Item>
          {assign.error && <ErrorAlert error={assign.error} />}
        </Form>
      )}
    </Modal>
  );
}
