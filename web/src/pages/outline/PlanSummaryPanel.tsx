/**
 * The plan at a glance: what it is, its development system (一核引领、三擎驱动、七维共进), the goals
 * and the 2035 vision — in the plan's own words, with its counts.
 */
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

export function PlanSummaryPanel() {
  const { t } = useTranslation();
  const { isEn, name } = useLocalized();
  const { summary } = usePlan();
  const { counts } = summary;
  return (
    <div className="stack">
      <Card>
        <Typography.Title level={2}>{isEn ? summary.nameEn : summary.name}</Typography.Title>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'region', label: t('outline.region'), children: name(summary.region) },
            {
              key: 'period',
              label: t('outline.period'),
              children: `${summary.period.start}–${summary.period.end}`,
            },
            { key: 'base', label: t('outline.baseYear'), children: summary.baseYear },
            { key: 'vision', label: t('outline.visionYear'), children: summary.visionYear ?? '—' },
            { key: 'issued', label: t('outline.issuedOn'), children: summary.issuedOn ?? '—' },
            {
              key: 'counts',
              label: t('outline.counts'),
              children: t('outline.countsText', counts),
            },
          ]}
        />
      </Card>
      {summary.developmentSystem && (
        <Card title={`${t('outline.developmentSystem')}:${summary.developmentSystem.name}`}>
          <dl className="definition-list">
            {summary.developmentSystem.parts.map((p) => (
              <div key={p.name}>
                <dt>{p.name}</dt>
                <dd>{p.description}</dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
      <Card title={t('outline.goals')}>
        <dl className="definition-list">
          {summary.goals.map((g) => (
            <div key={g.name}>
              <dt>{g.name}</dt>
              <dd>{g.text}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {summary.vision && (
        <Card title={t('outline.vision', { year: summary.vision.year })}>
          <p className="prose">{summary.vision.text}</p>
        </Card>
      )}
      {isEn && <p className="muted">{t('outline.chineseOnly')}</p>}
    </div>
  );
}
