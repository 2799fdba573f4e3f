/**
 * The form of one inbox item: an indicator's value and measure, a task's progress, or a project's
 * 1–N月累计完成投资 (万元) with its 形象进度; save as draft or submit. A stale version (409) says so
 * and reloads the latest content.
 */
import { App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSaveDraft, useSubmitReport } from '../../api/reporting';
import type { InboxItem, Measure } from '../../api/types';
import { errorText } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { periodMonths, useLocalized } from '../../i18n/localized';
import { type FieldError, type ReportFields, reportBody, validateReport } from './report-validation';

const measures: readonly Measure[] = ['level', 'ytd', 'yoy', 'ytd_yoy'];

interface Props {
  item: InboxItem;
  editable: boolean;
  onConflict(): void;
}

export function ReportForm({ item, editable, onConflict }: Props) {
  const { t } = useTranslation();
  const { text, unit } = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFields>();
  const save = useSaveDraft();
  const submit = useSubmitReport();
  const { report } = item;
  const isIndicator = report.itemType === 'indicator';
  const isProject = report.itemType === 'project';
  const months = periodMonths(report.period);
  const rule = (field: keyof ReportFields) => ({
    validator: async () => {
      const errors = validateReport(report.itemType, form.getFieldsValue(true), false);
      const error: FieldError | undefined = errors[field];
      if (error) throw new Error(t(`inbox.errors.${error}`));
    },
  });
  const send = async (complete: boolean) => {
    const fields: ReportFields = form.getFieldsValue(true);
    const errors = validateReport(report.itemType, fields, complete);
    const entries = Object.entries(errors) as [keyof ReportFields, FieldError][];
    if (entries.length > 0) {
      form.setFields(entries.map(([name, e]) => ({ name, errors: [t(`inbox.errors.${e}`)] })));
      return;
    }
    const body = { id: report.id, version: report.version, ...reportBody(report.itemType, fields) };
    try {
      await (complete ? submit : save).mutateAsync(body);
      message.success(t(complete ? 'inbox.submitted' : 'inbox.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.isConflict) {
        message.error(t('inbox.conflict', { version: error.currentVersion ?? '?' }), 8);
        onConflict();
        return;
      }
      showFieldIssues(form, error, text, ['measure', 'value', 'progressPercent', 'narrative']);
      message.error(errorText(error, text), 8);
    }
  };
  const busy = save.isPending || submit.isPending;
  return (
    <Form<ReportFields>
      form={form}
      layout="vertical"
      className="report-form"
      disabled={!editable || busy}
      initialValues={{
        measure: report.measure ?? (isIndicator ? 'level' : null),
        value: report.value === null ? '' : String(report.value),
        progressPercent: report.progressPercent === null ? '' : String(report.progressPercent),
        narrative: report.narrative ?? '',
      }}
    >
      {isIndicator ? (
        <>
          <Form.Item label={t('inbox.measure')} name="measure" rules={[rule('measure')]}>
            <Select
              options={measures.map((m) => ({
                value: m,
                label: t(`measure.${m}`, { n: periodMonths(report.period) }),
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t('inbox.value', { unit: unit(item.item.unit) })}
            name="value"
            rules={[rule('value')]}
            validateFirst
          >
            <Input inputMode="decimal" autoComplete="off" suffix={unit(item.item.unit)} />
          </Form.Item>
        </>
      ) : isProject ? (
        <Form.Item
          label={t('inbox.ytdInvestment', { n: months })}
          name="value"
          rules={[rule('value')]}
          validateFirst
          extra={t('inbox.ytdInvestmentHint', { n: months })}
        >
          <Input inputMode="decimal" autoComplete="off" suffix={unit('万元')} />
        </Form.Item>
      ) : (
        <Form.Item label={t('inbox.progress')} name="progressPercent" rules={[rule('progressPercent')]}>
          <Input inputMode="decimal" autoComplete="off" suffix="%" />
        </Form.Item>
      )}
      <Form.Item
        label={t(isIndicator ? 'inbox.note' : isProject ? 'inbox.imageProgress' : 'inbox.narrative')}
        name="narrative"
        rules={isIndicator ? [] : [rule('narrative')]}
      >
        <Input.TextArea
          rows={3}
          maxLength={20_000}
          showCount
          placeholder={isProject ? t('inbox.imageProgressPlaceholder') : undefined}
        />
      </Form.Item>
      {editable && (
        <Space wrap>
          <Button onClick={() => void send(false)} loading={save.isPending}>
            {t('inbox.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => void send(true)} loading={submit.isPending}>
            {t('inbox.submit')}
          </Button>
        </Space>
      )}
    </Form>
  );
}
