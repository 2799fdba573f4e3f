/**
 * 投资台账: each month's 1–N月累计完成投资 with its 形象进度, every revision kept (from approved reports
 * or entered by the plan office), the one that counts marked. The office enters or corrects a month
 * with the revision it read; a stale one is refused (409) and the ledger reloads.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useRecordInvestment } from '../../api/projects';
import type { ProjectDetail } from '../../api/types';
import { useCan } from '../../app/use-can';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { wan } from '../../components/projects/money';
import { useRevisionColumns } from '../../components/revision-columns';
import { periodMonths, useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

type Entry = ProjectDetail['investmentLedger'][number];

interface Fields {
  month: Dayjs;
  value: number;
  progress?: string;
  reason: string;
}

/** The latest revision of a month in the ledger as read (0 when the month has none yet). */
export function revisionOf(ledger: readonly Entry[], period: string): number {
  return ledger.filter((e) => e.period === period).reduce((max, e) => Math.max(max, e.revision), 0);
}

export function InvestmentLedger({ project, onConflict }: { project: ProjectDetail; onConflict(): void }) {
  const { t } = useTranslation();
  const revision = useRevisionColumns();
  const { text, locale } = useLocalized();
  const { message } = App.useApp();
  const { code } = usePlan();
  const can = useCan();
  const [form] = Form.useForm<Fields>();
  const record = useRecordInvestment(code, project.code);
  const rows = [...project.investmentLedger].sort(
    (a, b) => b.period.localeCompare(a.period) || b.revision - a.revision,
  );
  const ytdLabel = (period: string) =>
    t('project.ytdOf', { year: period.slice(0, 4), n: periodMonths(period) });
  const submit = (f: Fields) => {
    const period = f.month.format('YYYY-MM');
    record.mutate(
      {
        period,
        value: f.value,
        progress: f.progress?.trim() || null,
        reason: f.reason.trim(),
        expectedRevision: revisionOf(project.investmentLedger, period),
      },
      {
        onSuccess: () => {
          message.success(t('investment.saved', { period: ytdLabel(period) }));
          form.resetFields();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.isConflict) {
            message.error(t('investment.conflict', { revision: e.currentVersion ?? '?' }), 8);
            onConflict();
            return;
          }
          showFieldIssues(form, e, text, ['period', 'value', 'progress', 'reason']);
        },
      },
    );
  };
  return (
    <Card title={t('investment.title')} className="full-height">
      <Table<Entry>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={rows}
        scroll={{ x: 870 }}
        rowClassName={(r) => (r.current ? 'current-row' : '')}
        locale={{ emptyText: t('investment.none') }}
        columns={[
          { title: t('ledger.period'), dataIndex: 'period', width: 150, render: ytdLabel },
          {
            title: t('investment.value'),
            dataIndex: 'value',
            width: 120,
            render: (v: number) => wan(v, locale),
          },
          { title: t('investment.progress'), dataIndex: 'progress', render: (p: string | null) => p ?? '—' },
          {
            title: t('ledger.revision'),
            key: 'revision',
            width: 110,
            render: (_, r) => (
              <>
                #{r.revision}{' '}
                {r.current && (
                  <Tag color="success" icon={<CheckCircleFilled />}>
                    {t('ledger.current')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('ledger.source'),
            key: 'source',
            width: 150,
            render: (_, r) => r.source ?? r.reason ?? '—',
          },
          revision.who,
          revision.when,
        ]}
      />
      {can('ledger.write') && (
        <Form<Fields> name="investment" form={form} layout="vertical" className="top-gap" onFinish={submit}>
          <h3 className="small-heading">{t('investment.enter')}</h3>
          <div className="form-row">
            <Form.Item
              label={t('investment.month')}
              name="month"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker picker="month" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label={t('investment.valueWan')}
              name="value"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Form.Item label={t('investment.progress')} name="progress">
            <Input.TextArea rows={1} maxLength={20_000} />
          </Form.Item>
          <Form.Item
            label={t('project.reason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
          >
            <Input maxLength={2000} />
          </Form.Item>
          {record.error && !(record.error instanceof ApiError && record.error.isConflict) && (
            <ErrorAlert error={record.error} />
          )}
          <Button htmlType="submit" loading={record.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
