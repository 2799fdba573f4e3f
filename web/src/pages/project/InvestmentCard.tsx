/**
 * 投资完成情况: the year's annual plan, the latest 1–N月累计, completion against 序时进度 in the
 * server's words ("完成年度计划的68%,低于序时进度7个百分点") and as a bar, the investment since
 * reporting began, and the actual start and finish.
 */
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types';
import { wan } from '../../components/projects/money';
import { PaceBar } from '../../components/projects/PaceBar';
import { formatNumber, periodMonths, useLocalized } from '../../i18n/localized';

export function InvestmentCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const inv = project.investment;
  return (
    <Card title={t('project.investment', { year: inv.year })} className="full-height">
      {inv.completion ? (
        <>
          <p className="explanation" data-testid="project-completion">
            {text(inv.completion.explanation)}
          </p>
          <PaceBar completion={inv.completion} />
        </>
      ) : (
        <p className="muted">{inv.annualPlan === null ? t('project.noAnnualPlan') : t('project.noYtd')}</p>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        className="top-gap"
        items={[
          {
            key: 'plan',
            label: t('project.annualPlan', { year: inv.year }),
            children: wan(inv.annualPlan, locale),
          },
          {
            key: 'ytd',
            label: inv.ytd
              ? t('project.ytdOf', { year: inv.year, n: periodMonths(inv.ytd.period) })
              : t('project.ytd'),
            children: wan(inv.ytd?.value, locale),
          },
          { key: 'done', label: t('project.completedToDate'), children: wan(inv.completedToDate, locale) },
          {
            key: 'share',
            label: t('project.shareOfTotal'),
            children:
              inv.shareOfTotalPercent === null ? '—' : `${formatNumber(inv.shareOfTotalPercent, locale, 1)}%`,
          },
          { key: 'start', label: t('project.actualStart'), children: project.actualStart ?? '—' },
          { key: 'finish', label: t('project.actualFinish'), children: project.actualFinish ?? '—' },
        ]}
      />
    </Card>
  );
}
