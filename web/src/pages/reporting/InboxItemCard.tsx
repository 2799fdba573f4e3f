/**
 * One thing the unit owes: what it is, by when, what was said about it, and its form.
 */
import { Alert, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { officeToday } from '../../../../src/contracts/office-calendar';
import { isEditableReport } from '../../../../src/contracts/report-workflow';
import type { InboxItem } from '../../api/types';
import { useIndicatorNames } from '../../components/indicator-names';
import { ReportStatusTag } from '../../components/ReportStatusTag';
import { formatValue, periodMonths, useLocalized, usePeriodLabel } from '../../i18n/localized';
import { Evidence } from './Evidence';
import { ReportForm } from './ReportForm';

export function InboxItemCard({ item, onConflict }: { item: InboxItem; onConflict(): void }) {
  const { t } = useTranslation();
  const { locale, unit } = useLocalized();
  const periodLabel = usePeriodLabel();
  const nameOf = useIndicatorNames();
  const { report, round } = item;
  const editable = isEditableReport(report.status);
  const overdue = editable && officeToday(() => new Date()) > round.dueOn;
  const last = item.lastApproved;
  const isProject = report.itemType === 'project';
  return (
    <Card
      title={
        <span className="card-title-wrap">
          {nameOf(report.itemCode, item.item.name)} <span className="muted">{report.itemCode}</span>
        </span>
      }
      extra={<ReportStatusTag status={report.status} />}
      className={overdue ? 'overdue-card' : undefined}
    >
      {report.status === 'returned' && report.reviewComment && (
        <Alert
          className="block-gap"
          type="error"
          showIcon
          title={t('inbox.returnedBy')}
          description={report.reviewComment}
        />
      )}
      {round.reminders > 0 && editable && (
        <Alert
          className="block-gap"
          type="warning"
          showIcon
          title={t('inbox.reminded', { count: round.reminders })}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        className="block-gap"
        items={[
          { key: 'round', label: t('inbox.round'), children: round.name },
          { key: 'period', label: t('inbox.period'), children: periodLabel(report.period) },
          {
            key: 'due',
            label: t('inbox.dueOn'),
            children: (
              <>
                {round.dueOn} {overdue && <Tag color="red">{t('inbox.overdue')}</Tag>}
              </>
            ),
          },
          { key: 'unit', label: t('inbox.unitOfMeasure'), children: unit(item.item.unit) || '—' },
          {
            key: 'last',
            label: t(isProject ? 'inbox.lastApprovedYtd' : 'inbox.lastApproved'),
            children: last
              ? `${formatValue(last.value, item.item.unit, locale)} (${periodLabel(last.period)}, ${t(`measure.${last.measure}`, { n: periodMonths(last.period) })})`
              : t('inbox.none'),
          },
          {
            key: 'target',
            label: t(isProject ? 'inbox.annualPlanInvestment' : 'inbox.annualTarget', {
              year: report.period.slice(0, 4),
            }),
            children: formatValue(item.annualTarget, item.item.unit, locale),
          },
        ]}
      />
      <ReportForm
        key={`${report.id}-${report.version}`}
        item={item}
        editable={editable}
        onConflict={onConflict}
      />
      <Evidence reportId={report.id} editable={editable} photos={isProject} />
    </Card>
  );
}
