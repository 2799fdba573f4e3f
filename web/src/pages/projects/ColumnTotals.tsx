/**
 * 专栏对账: the sum of each column's projects' total investment against the figure the plan states
 * (专栏1 约360亿元), how many projects have no total yet, and what has been invested since reporting began.
 */
import { Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ColumnInvestment } from '../../api/types';
import { yi } from '../../components/projects/money';
import { formatNumber, useLocalized } from '../../i18n/localized';

export function ColumnTotals({ columns, loading }: { columns: ColumnInvestment[]; loading: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <Table<ColumnInvestment>
      rowKey="column"
      size="small"
      loading={loading}
      dataSource={columns}
      pagination={false}
      scroll={{ x: 980 }}
      columns={[
        {
          title: t('projects.column'),
          key: 'column',
          width: 260,
          render: (_, c) => (
            <Link to={`/projects?column=${encodeURIComponent(c.column)}`}>
              {t('outline.number.column', { n: c.number })} {c.title}
            </Link>
          ),
        },
        {
          title: t('projects.stated'),
          key: 'stated',
          width: 120,
          render: (_, c) => c.stated?.text ?? '—',
        },
        { title: t('projects.count'), dataIndex: 'projects', width: 80 },
        {
          title: t('projects.projectsTotal'),
          key: 'total',
          width: 130,
          render: (_, c) => yi(c.projectsTotal, locale),
        },
        {
          title: t('projects.shareOfStated'),
          key: 'share',
          width: 180,
          render: (_, c) =>
            c.projectsShareOfStatedPercent === null ? (
              '—'
            ) : (
              <Progress
                percent={Math.min(100, Math.round(c.projectsShareOfStatedPercent))}
                format={() => `${formatNumber(c.projectsShareOfStatedPercent, locale, 1)}%`}
                size="small"
              />
            ),
        },
        {
          title: t('projects.withoutInvestmentShort'),
          dataIndex: 'withoutInvestment',
          width: 110,
        },
        {
          title: t('projects.completedToDate'),
          key: 'done',
          width: 150,
          render: (_, c) =>
            c.completedShareOfStatedPercent === null
              ? yi(c.completedToDate, locale)
              : `${yi(c.completedToDate, locale)}(${formatNumber(c.completedShareOfStatedPercent, locale, 1)}%)`,
        },
      ]}
    />
  );
}
