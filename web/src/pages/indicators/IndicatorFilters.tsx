/**
 * Filter bar of the indicator list: category, attribute (预期性/约束性), status, responsible unit,
 * source (表1/正文) and a text search — each a labelled control.
 */
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabeledControl } from '../../components/LabeledControl';
import { statusOrder } from '../../components/StatusTag';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import type { FilterKey, Filters } from './indicator-filters';

export function IndicatorFilters({
  filters,
  onChange,
  unitCodes,
}: {
  filters: Filters;
  onChange(key: FilterKey, value: string | undefined): void;
  unitCodes: string[];
}) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { summary } = usePlan();
  const units = useUnitNames();
  const select = (key: FilterKey, label: string, options: { value: string; label: string }[]) => (
    <LabeledControl label={label}>
      {(id) => (
        <Select
          id={id}
          allowClear
          placeholder={t('common.all')}
          value={filters[key]}
          onChange={(v?: string) => onChange(key, v)}
          options={options}
          popupMatchSelectWidth={false}
        />
      )}
    </LabeledControl>
  );
  return (
    <div className="filter-bar">
      {select(
        'category',
        t('indicators.category'),
        summary.categories.map((c) => ({ value: c.code, label: name(c) })),
      )}
      {select('attribute', t('indicators.attribute'), [
        { value: 'expected', label: t('attribute.expected') },
        { value: 'binding', label: t('attribute.binding') },
      ])}
      {select(
        'status',
        t('indicators.status'),
        statusOrder.map((s) => ({ value: s, label: t(`status.${s}`) })),
      )}
      {select(
        'unit',
        t('indicators.unitResponsible'),
        unitCodes.map((c) => ({ value: c, label: units.byCode(c) })),
      )}
      {select('source', t('indicators.source'), [
        { value: 'table1', label: t('source.table1') },
        { value: '正文', label: t('source.prose') },
      ])}
      <LabeledControl label={t('indicators.search')} className="filter-search">
        {(id) => (
          <Input.Search
            id={id}
            allowClear
            defaultValue={filters.q}
            onSearch={(v) => onChange('q', v || undefined)}
          />
        )}
      </LabeledControl>
    </div>
  );
}
