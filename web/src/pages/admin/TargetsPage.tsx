/**
 * 年度目标: an indicator's annual plan (set by the office or following the five-year path), every
 * earlier setting with its reason, and a form to set one year's target — a reason is required.
 */
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSetTarget, useTargetHistory } from '../../api/admin';
import { useIndicator, useIndicators } from '../../api/plans';
import type { AnnualTargetRevision } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { LabeledControl } from '../../components/LabeledControl';
import { PageHeader } from '../../components/PageHeader';
import { useRevisionColumns } from '../../components/revision-columns';
import { formatNumber, useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';
import { AnnualPlanTable } from '../indicator/AnnualPlanTable';

interface Fields {
  year: number;
  value: number;
  reason: string;
}

export default function TargetsPage() {
  const { t } = useTranslation();
  const revision = useRevisionColumns();
  const { name, text, locale, unit } = useLocalized();
  const { message } = App.useApp();
  const { code, summary } = usePlan();
  const { asOf, years } = useAsOf();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('indicator');
  const list = useIndicators(code, asOf);
  const page = useIndicator(code, chosen ?? '', asOf);
  const history = useTargetHistory(code, chosen);
  const setTarget = useSetTarget(code);
  const [form] = Form.useForm<Fields>();
  const submit = (f: Fields) => {
    if (!chosen) return;
    setTarget.mutate(
      { indicator: chosen, year: f.year, value: f.value, reason: f.reason.trim() },
      {
        onSuccess: () => {
          message.success(t('targets.saved'));
          form.resetFields(['value', 'reason']);
        },
        onError: (e) => showFieldIssues(form, e, text, ['value', 'reason']),
      },
    );
  };
  return (
    <>
      <PageHeader title={t('targets.title')} />
      <LabeledControl label={t('targets.indicator')} className="block-gap">
        {(id) => (
          <Select
            id={id}
            className="wide-select"
            showSearch={{ optionFilterProp: 'label' }}
            value={chosen ?? undefined}
            placeholder={t('targets.choose')}
            onChange={(v: string) => setParams({ indicator: v })}
            options={(list.data?.indicators ?? []).map((i) => ({
              value: i.code,
              label: `${i.code} ${name(i)}（${unit(i.unit)}）`,
            }))}
          />
        )}
      </LabeledControl>
      {page.error && <ErrorAlert error={page.error} />}
      {chosen && page.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('indicator.annualPlan')}>
              <AnnualPlanTable page={page.data} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('targets.set')}>
              <Form<Fields>
                form={form}
                layout="vertical"
                onFinish={submit}
                initialValues={{ year: Number(summary.defaultAsOf) }}
              >
                <div className="form-row">
                  <Form.Item
                    label={t('indicator.year')}
                    name="year"
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select
                      options={years.map((y) => ({ value: y, label: t('common.yearLabel', { year: y }) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    label={t('targets.value', { unit: unit(page.data.indicator.unit) })}
                    name="value"
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </div>
                <Form.Item
                  label={t('targets.reason')}
                  name="reason"
                  rules={[{ required: true, whitespace: true, message: t('targets.reasonRequired') }]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                {setTarget.error && <ErrorAlert error={setTarget.error} />}
                <Button type="primary" htmlType="submit" loading={setTarget.isPending}>
                  {t('common.save')}
                </Button>
              </Form>
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('targets.history')}>
              <Table<AnnualTargetRevision>
                rowKey="id"
                size="small"
                dataSource={history.data ?? []}
                pagination={false}
                scroll={{ x: 640 }}
                locale={{ emptyText: t('targets.noHistory') }}
                columns={[
                  { title: t('indicator.year'), dataIndex: 'year' },
                  {
                    title: t('targets.valueShort'),
                    dataIndex: 'value',
                    render: (v: number) => formatNumber(v, locale, 4),
                  },
                  { title: t('targets.reason'), dataIndex: 'reason' },
                  revision.when,
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
