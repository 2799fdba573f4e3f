/**
 * 年度计划: each year's target — set by the plan office or derived from the five-year path.
 */
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorPage } from '../../api/types';
import { formatNumber, useLocalized } from '../../i18n/localized';

type Year = IndicatorPage['annualPlan'][number];

export function AnnualPlanTable({ page }: { page: IndicatorPage }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const cumulative = page.indicator.kind === 'cumulative';
  const hasGrowth = page.annualPlan.some((y) => y.growth !== null);
  return (
    <Table<Year>
      rowKey="year"
      size="small"
      pagination={false}
      dataSource={page.annualPlan}
      scroll={{ x: 480 }}
      columns={[
        {
          title: t('indicator.year'),
          dataIndex: 'year',
          render: (y: number) => t('common.yearLabel', { year: y }),
        },
        {
          title: t('indicator.annualTarget', { unit: page.indicator.unit }),
          dataIndex: 'value',
          render: (v: number | null) => formatNumber(v, locale),
        },
        ...(hasGrowth
          ? [
              {
                title: t('indicator.impliedGrowth'),
                dataIndex: 'growth',
                render: (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale)}%`),
              },
            ]
          : []),
        ...(cumulative
          ? [
              {
                title: t('indicator.runningTotal'),
                dataIndex: 'runningTotal',
                render: (v: number | null) => formatNumber(v, locale),
              },
            ]
          : []),
        {
          title: t('indicator.basis'),
          dataIndex: 'basis',
          render: (b: Year['basis']) => <Tag color={b === 'set' ? 'blue' : 'default'}>{t(`basis.${b}`)}</Tag>,
        },
      ]}
    />
  );
}
