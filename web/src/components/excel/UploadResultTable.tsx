/**
 * The answer to an uploaded reporting template, row by row: accepted (saved as a draft), unchanged,
 * or rejected with the row, the column and the reason in the reader's language — and whether
 * anything was saved at all (strict mode saves nothing when a row is rejected).
 */
import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateRowOutcome, TemplateUploadResult } from '../../api/types';
import { useLocalized } from '../../i18n/localized';

const outcomeColor = { accepted: 'green', unchanged: 'default', rejected: 'red' } as const;

export function UploadResultTable({
  result,
  nameOf,
  unitName,
}: {
  result: TemplateUploadResult;
  /** The item a report id stands for, when the page knows it (else the item code is shown). */
  nameOf?: (reportId: number) => string | undefined;
  /** Set when the plan office uploaded for a unit: the drafts are that unit's to submit. */
  unitName?: string;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { counts } = result;
  const summary = t('excel.counts', counts);
  const verdict = result.applied
    ? {
        type: 'success' as const,
        title: unitName
          ? t('excel.appliedFor', { count: counts.accepted, unit: unitName })
          : t('excel.applied', { count: counts.accepted }),
      }
    : counts.rejected > 0 && result.strict
      ? { type: 'error' as const, title: t('excel.strictRefused', { count: counts.rejected }) }
      : counts.accepted === 0 && counts.rejected === 0
        ? { type: 'info' as const, title: t('excel.nothingChanged') }
        : { type: 'warning' as const, title: t('excel.nothingSaved') };
  return (
    <section aria-label={t('excel.resultTitle')} className="upload-result">
      <Alert type={verdict.type} showIcon title={verdict.title} description={summary} className="block-gap" />
      <Table<TemplateRowOutcome>
        rowKey={(r) => `${r.row}-${r.outcome}-${r.outcome === 'rejected' ? r.column : ''}`}
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={[...result.rows].sort((a, b) => a.row - b.row)}
        rowClassName={(r) => (r.outcome === 'rejected' ? 'overdue-row' : '')}
        scroll={{ x: 720 }}
        columns={[
          { title: t('excel.row'), dataIndex: 'row', width: 70 },
          {
            title: t('excel.outcome'),
            dataIndex: 'outcome',
            width: 100,
            render: (o: TemplateRowOutcome['outcome']) => (
              <Tag color={outcomeColor[o]} data-outcome={o}>
                {t(`excel.outcomes.${o}`)}
              </Tag>
            ),
          },
          {
            title: t('excel.item'),
            key: 'item',
            width: 200,
            render: (_, r) => (r.reportId !== null && nameOf?.(r.reportId)) || r.itemCode || '—',
          },
          {
            title: t('excel.column'),
            key: 'column',
            width: 70,
            render: (_, r) => (r.outcome === 'rejected' ? r.column || '—' : '—'),
          },
          {
            title: t('excel.reason'),
            key: 'reason',
            render: (_, r) =>
              r.outcome === 'rejected'
                ? text(r.message)
                : t(
                    r.outcome === 'accepted' && result.applied
                      ? 'excel.savedAsDraft'
                      : `excel.reasons.${r.outcome}`,
                  ),
          },
        ]}
      />
    </section>
  );
}
