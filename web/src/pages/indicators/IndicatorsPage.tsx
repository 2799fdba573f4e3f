/**
 * 指标: every indicator of the plan with its status at the evaluation date; filter, sort, open one.
 */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrls } from '../../api/files';
import { useIndicators } from '../../api/plans';
import { AsOfSelect } from '../../components/AsOfSelect';
import { DemoBanner } from '../../components/DemoBanner';
import { ExportMenu } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';
import { IndicatorFilters } from './IndicatorFilters';
import { indicatorColumns } from './indicator-columns';
import { applyFilters, useIndicatorFilters } from './indicator-filters';

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { code, summary } = usePlan();
  const { asOf } = useAsOf();
  const units = useUnitNames();
  const [filters, setFilter] = useIndicatorFilters();
  const list = useIndicators(code, asOf);
  const rows = list.data?.indicators ?? [];
  const shown = applyFilters(rows, filters);
  const unitCodes = [...new Set(rows.flatMap((r) => [r.lead, ...r.co]).filter((c): c is string => !!c))];
  const categoryName = (c: string) => localized.name(summary.categories.find((x) => x.code === c)) || c;
  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        sub={list.data ? t('indicators.count', { shown: shown.length, total: rows.length }) : undefined}
        extra={
          <>
            <AsOfSelect />
            <ExportMenu urlFor={(format) => exportUrls.indicators(code, asOf, format)} />
          </>
        }
      />
      {list.data && <DemoBanner demo={list.data.dataset.demo} />}
      {list.error && <ErrorAlert error={list.error} />}
      <IndicatorFilters filters={filters} onChange={setFilter} unitCodes={unitCodes} />
      <Table
        rowKey="code"
        size="middle"
        loading={list.isPending}
        dataSource={shown}
        columns={indicatorColumns(t, localized, categoryName, units.byCode)}
        pagination={{ pageSize: 25, showSizeChanger: true, hideOnSinglePage: true }}
        scroll={{ x: 1320 }}
        sticky={{ offsetHeader: 64 }}
      />
    </>
  );
}
