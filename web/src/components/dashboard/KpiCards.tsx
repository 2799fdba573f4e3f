/**
 * The figures a leader reads first: indicators by status group, binding indicators behind, red and
 * yellow warnings, reports overdue. Each card names its figure in words; colour only repeats it.
 */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/types';

interface Kpi {
  key: string;
  label: string;
  value: number;
  tone: 'neutral' | 'good' | 'info' | 'warn' | 'bad';
  note?: string;
}

export function KpiCards({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { groups, total } = data.rollup;
  const red = data.warnings.filter((w) => w.level === 'red').length;
  const yellow = data.warnings.filter((w) => w.level === 'yellow').length;
  const kpis: Kpi[] = [
    { key: 'total', label: t('dashboard.kpi.total'), value: total, tone: 'neutral' },
    { key: 'ahead', label: t('dashboard.kpi.ahead'), value: groups.aheadOrAchieved, tone: 'good' },
    { key: 'onTrack', label: t('dashboard.kpi.onTrack'), value: groups.onTrack, tone: 'info' },
    { key: 'lagging', label: t('dashboard.kpi.lagging'), value: groups.lagging, tone: 'warn' },
    {
      key: 'unassessed',
      label: t('dashboard.kpi.unassessed'),
      value: groups.unassessed,
      tone: 'neutral',
    },
    {
      key: 'binding',
      label: t('dashboard.kpi.bindingBehind'),
      value: data.bindingBehind.length,
      tone: data.bindingBehind.length > 0 ? 'bad' : 'good',
    },
    {
      key: 'warnings',
      label: t('dashboard.kpi.warnings'),
      value: red + yellow,
      tone: red > 0 ? 'bad' : yellow > 0 ? 'warn' : 'good',
      note: t('dashboard.kpi.warningSplit', { red, yellow }),
    },
    {
      key: 'overdue',
      label: t('dashboard.kpi.overdue'),
      value: data.reports.overdue,
      tone: data.reports.overdue > 0 ? 'bad' : 'good',
    },
  ];
  return (
    <ul className="kpi-grid" aria-label={t('dashboard.kpi.label')}>
      {kpis.map((k) => (
        <li key={k.key} className={`kpi kpi-${k.tone}`} data-kpi={k.key}>
          <span className="kpi-label">{k.label}</span>
          <span className="kpi-value">{k.value}</span>
          <span className="kpi-note">{k.note}</span>
        </li>
      ))}
    </ul>
  );
}
