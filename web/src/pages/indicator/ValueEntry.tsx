/**
 * 直接录入 by the plan office: a value of a period and measure with the reason and its source, sent
 * with the revision of that cell the page shows (0 when none). When someone wrote in between, the
 * server refuses (409) and the ledger reloads; nothing is lost.
 */
import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodPattern } from '../../../../src/contracts/catalogue';
import { ApiError } from '../../api/client';
import { useRecordValue } from '../../api/ledger';
import type { IndicatorPage, Measure } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { periodMonths, useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { parseNumber, valueError } from '../reporting/report-validation';

const measures: readonly Measure[] = ['level', 'ytd', 'yoy', 'ytd_yoy'];

interface Fields {
  period: string;
  measure: Measure;
  value: string;
  source?: string;
  reason: string;
}

/** The latest revision of (period, measure) in the reported layer as the page read it. */
export function reportedRevision(ledger: IndicatorPage['ledger'], period: string, measure: Measure): number {
  return ledger
    .filter((e) => e.layer === 'reported' && e.period === period && e.measure === measure)
    .reduce((max, e) => Math.max(max, e.revision), 0);
}

export function ValueEntry({ page, onConflict }: { page: IndicatorPage; onConflict(): void }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const { code } = usePlan();
  const [form] = Form.useForm<Fields>();
  const record = useRecordValue(code, page.indicator.code);
  const period = Form.useWatch('period', form) ?? '';
  const submit = (f: Fields) => {
    const value = parseNumber(f.value);
    if (value === undefined || Number.isNaN(value)) return;
    record.mutate(
      {
        period: f.period.trim(),
        measure: f.measure,
        value,
        reason: f.reason.trim(),
        source: f.source?.trim() || null,
        expectedRevision: reportedRevision(page.ledger, f.period.trim(), f.measure),
      },
      {
        onSuccess: () => {
          message.success(t('valueEntry.saved'));
          form.resetFields(['value', 'reason', 'source']);
        },
        onError: (e) => {
          if (e instanceof ApiError && e.isConflict) {
            message.error(t('valueEntry.conflict', { revision: e.currentVersion ?? '?' }), 8);
            onConflict();
            return;
          }
          showFieldIssues(form, e, text, ['period', 'measure', 'value', 'reason', 'source']);
        },
      },
    );
  };
  return (
    <Form<Fields>
      name="value-entry"
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ period: page.asOf, measure: 'level' }}
      className="report-form"
    >
      <div className="form-row">
        <Form.Item
          label={t('ledger.period')}
          name="period"
          extra={t('rounds.periodHint')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: periodPattern, message: t('rounds.periodInvalid') },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('ledger.measure')}
          name="measure"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={measures.map((m) => ({
              value: m,
              label: t(`measure.${m}`, { n: periodMonths(period || '2020') }),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('inbox.value', { unit: page.indicator.unit })}
          name="value"
          validateFirst
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: async (_, v?: string) => {
                const error = valueError(v);
                if (error) throw new Error(t(`inbox.errors.${error}`));
              },
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" suffix={page.indicator.unit} />
        </Form.Item>
      </div>
      <Form.Item label={t('ledger.source')} name="source">
        <Input maxLength={500} placeholder={t('valueEntry.sourcePlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('valueEntry.reason')}
        name="reason"
        rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {record.error && !(record.error instanceof ApiError && record.error.isConflict) && (
        <ErrorAlert error={record.error} />
      )}
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {t('valueEntry.save')}
      </Button>
    </Form>
  );
}
