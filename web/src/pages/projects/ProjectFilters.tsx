/**
 * Filter bar of the project library: stage, 专栏, industry chain, park, responsible unit and a search
 * of code or name — each a labelled control.
 */
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { projectStages } from '../../../../src/contracts/project-stages';
import { useOutline } from '../../api/plans';
import type { ProjectFilter } from '../../api/projects';
import { useProjectCodes } from '../../api/projects';
import { LabeledControl } from '../../components/LabeledControl';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import type { ProjectFilterKey } from './project-filters';

export function ProjectFilters({
  filter,
  onChange,
  showStage = true,
}: {
  filter: ProjectFilter;
  onChange(key: ProjectFilterKey, value: string | undefined): void;
  showStage?: boolean;
}) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const { code } = usePlan();
  const outline = useOutline(code).data;
  const codes = useProjectCodes().data;
  const units = useUnitNames().units.filter((u) => u.active);
  const select = (key: ProjectFilterKey, label: string, options: { value: string; label: string }[]) => (
    <LabeledControl label={label}>
      {(id) => (
        <Select
          id={id}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.all')}
          value={filter[key]}
          onChange={(v?: string) => onChange(key, v)}
          options={options}
          popupMatchSelectWidth={false}
        />
      )}
    </LabeledControl>
  );
  return (
    <div className="filter-bar">
      {showStage &&
        select(
          'stage',
          t('projects.stage'),
          projectStages.map((s) => ({ value: s, label: t(`projectStage.${s}`) })),
        )}
      {select(
        'column',
        t('projects.column'),
        (outline?.columns ?? []).map((c) => ({
          value: c.id,
          label: `${t('outline.number.column', { n: c.number })} ${c.title}`,
        })),
      )}
      {select(
        'chain',
        t('projects.chain'),
        (codes?.chains ?? []).map((c) => ({ value: c.code, label: text(c) })),
      )}
      {select(
        'park',
        t('projects.park'),
        units.filter((u) => u.kind === 'park').map((u) => ({ value: u.code, label: name(u) })),
      )}
      {select(
        'unit',
        t('projects.responsibleUnit'),
        units.map((u) => ({ value: u.code, label: name(u) })),
      )}
      <LabeledControl label={t('projects.search')} className="filter-search">
        {(id) => (
          <Input.Search
            id={id}
            allowClear
            defaultValue={filter.q}
            onSearch={(v) => onChange('q', v || undefined)}
          />
        )}
      </LabeledControl>
    </div>
  );
}
