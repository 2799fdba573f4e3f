/**
 * 开启填报轮次: name, period, opening and due dates, which kinds of items it asks for, and — when
 * the round is not for everything — which items and units. Opening creates one report per lead unit
 * and item (services/reporting/rounds.ts).
 */
import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodPattern } from '../../../../../src/contracts/catalogue';
import { type OpenRoundInput, useOpenRound } from '../../../api/rounds';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showFieldIssues } from '../../../components/form-errors';
import { useUnitNames } from '../../../components/unit-names';
import { useLocalized } from '../../../i18n/localized';
import { usePlan } from '../../../state/plan-context';
import { useScopeOptions } from './scope-options';

interface Fields {
  name: string;
  period: string;
  opensOn: Dayjs;
  dueOn: Dayjs;
  itemTypes: OpenRoundInput['itemTypes'];
  itemCodes?: string[];
  units?: string[];
}

export function OpenRoundModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const { code } = usePlan();
  const [form] = Form.useForm<Fields>();
  const itemTypes = Form.useWatch('itemTypes', form) ?? [];
  const itemOptions = useScopeOptions(itemTypes, open);
  const units = useUnitNames().units.filter((u) => u.active);
  const openRound = useOpenRound(code);
  const submit = (f: Fields) =>
    openRound.mutate(
      {
        name: f.name.trim(),
        period: f.period.trim(),
        opensOn: f.opensOn.format('YYYY-MM-DD'),
        dueOn: f.dueOn.format('YYYY-MM-DD'),
        itemTypes: f.itemTypes,
        itemCodes: f.itemCodes && f.itemCodes.length > 0 ? f.itemCodes : null,
        units: f.units && f.units.length > 0 ? f.units : null,
      },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
        onError: (e) =>
          showFieldIssues(form, e, text, [
            'name',
            'period',
            'opensOn',
            'dueOn',
            'itemTypes',
            'itemCodes',
            'units',
          ]),
      },
    );
  return (
    <Modal
      open={open}
      title={t('rounds.open')}
      okText={t('rounds.openConfirm')}
      onOk={() => form.submit()}
      confirmLoading={openRound.isPending}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ itemTypes: ['indicator'] }}
      >
        <Form.Item
          label={t('rounds.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input placeholder={t('rounds.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('rounds.period')}
          name="period"
          extra={t('rounds.periodHint')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: periodPattern, message: t('rounds.periodInvalid') },
          ]}
        >
          <Input placeholder="2023" />
        </Form.Item>
        <div className="form-row">
          <Form.Item
            label={t('rounds.opensOn')}
            name="opensOn"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            label={t('rounds.dueOn')}
            name="dueOn"
            dependencies={['opensOn']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: async (_, value?: Dayjs) => {
                  const opens: Dayjs | undefined = getFieldValue('opensOn');
                  if (value && opens && value.isBefore(opens, 'day'))
                    throw new Error(t('rounds.dueBeforeOpen'));
                },
              }),
            ]}
          >
            <DatePicker />
          </Form.Item>
        </div>
        <Form.Item
          label={t('rounds.itemTypes')}
          name="itemTypes"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Checkbox.Group
            options={(['indicator', 'task', 'project'] as const).map((v) => ({
              value: v,
              label: t(`itemType.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('rounds.itemCodes')} name="itemCodes" extra={t('rounds.itemCodesHint')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('rounds.allItems')}
            options={itemOptions}
            maxTagCount="responsive"
          />
        </Form.Item>
        <Form.Item label={t('rounds.units')} name="units" extra={t('rounds.unitsHint')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('rounds.allUnits')}
            options={units.map((u) => ({ value: u.code, label: name(u) }))}
            maxTagCount="responsive"
          />
        </Form.Item>
        {openRound.error && <ErrorAlert error={openRound.error} />}
      </Form>
    </Modal>
  );
}
