/**
 * 年度计划投资: each year's planned investment (万元), every setting kept with its reason, the one
 * that counts marked; the plan office sets a year's plan here.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetAnnualPlan } from '../../api/projects';
import type { ProjectDetail } from '../../api/types';
import { useCan } from '../../app/use-can';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { wan } from '../../components/projects/money';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

type Revision = ProjectDetail['annualPlans'][number];

interface Fields {
  year: number;
  value: number;
  reason: string;
}

export function AnnualPlansCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { message } = App.useApp();
  const { code } = usePlan();
  const can = useCan();
  const [form] = Form.useForm<Fields>();
  const save = useSetAnnualPlan(code, project.code);
  const rows = [...project.annualPlans].sort((a, b) => b.year - a.year || b.id - a.id);
  const submit = (f: Fields) =>
    save.mutate(
      { year: f.year, value: f.value, reason: f.reason.trim() },
      {
        onSuccess: () => {
          message.success(t('annualPlan.saved', { year: f.year }));
          form.resetFields(['value', 'reason']);
        },
        onError: (e) => showFieldIssues(form, e, text, ['value', 'reason']),
      },
    );
  return (
    <Card title={t('annualPlan.title')} className="full-height">
      <Table<Revision>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={rows}
        rowClassName={(r) => (r.current ? 'current-row' : '')}
        locale={{ emptyText: t('annualPlan.none') }}
        columns={[
          { title: t('indicator.year'), dataIndex: 'year', width: 80 },
          { title: t('annualPlan.value'), dataIndex: 'value', render: (v: number) => wan(v, locale) },
          { title: t('ledger.why'), dataIndex: 'reason' },
          {
            title: t('ledger.revision'),
            key: 'current',
            width: 90,
            render: (_, r) =>
              r.current ? (
                <Tag color="success" icon={<CheckCircleFilled />}>
                  {t('ledger.current')}
                </Tag>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {can('project.manage') && (
        <Form<Fields>
          name="annual-plan"
          form={form}
          layout="vertical"
          className="top-gap"
          onFinish={submit}
          initialValues={{ year: project.investment.year }}
        >
          <h3 className="small-heading">{t('annualPlan.set')}</h3>
          <div className="form-row">
            <Form.Item
              label={t('indicator.year')}
              name="year"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label={t('annualPlan.valueWan')}
              name="value"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Form.Item
            label={t('project.reason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
          >
            <Input.TextArea rows={1} maxLength={2000} />
          </Form.Item>
          {save.error && <ErrorAlert error={save.error} />}
          <Button htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
