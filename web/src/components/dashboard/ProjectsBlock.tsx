/**
 * 重大项目 on the dashboard and the big screen: projects by stage, the year's investment against
 * 序时进度 (the server's sentence and a bar), the start rate, and the stuck projects with why.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectsSummary } from '../../api/types';
import { useLocalized } from '../../i18n/localized';
import { yi } from '../projects/money';
import { PaceBar } from '../projects/PaceBar';
import { StageTag } from '../projects/ProjectTags';
import { WarningTag } from '../StatusTag';

export function ProjectStages({ summary }: { summary: ProjectsSummary }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <ul className="stage-strip" aria-label={t('projects.byStage')}>
      {summary.counts.byStage.map((s) => (
        <li key={s.stage} data-stage={s.stage}>
          <StageTag stage={s.stage} />
          <span className="stage-count">{s.count}</span>
          <span className="stage-money">{yi(s.investment, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ProjectInvestment({ summary, dark = false }: { summary: ProjectsSummary; dark?: boolean }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const completion = summary.investment.completion;
  return (
    <div className="project-investment">
      {completion ? (
        <>
          <p className="explanation" data-testid="projects-completion">
            {text(completion.explanation)}
          </p>
          <PaceBar completion={completion} dark={dark} />
        </>
      ) : (
        <p className="muted">{t('projects.dashboard.noInvestment', { year: summary.year })}</p>
      )}
      <p className="muted">{text(summary.startRate.explanation)}</p>
    </div>
  );
}

export function StuckProjects({
  summary,
  links = true,
  limit,
}: {
  summary: ProjectsSummary;
  links?: boolean;
  limit?: number;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const shown = summary.stuck.slice(0, limit);
  if (shown.length === 0) return <p className="muted">{t('projects.dashboard.noStuck')}</p>;
  return (
    <ol className="warning-list">
      {shown.map((s) => (
        <li key={s.code} className={`warning warning-${s.level}`}>
          <div className="warning-head">
            <WarningTag level={s.level} />
            <StageTag stage={s.stage} />
            {links ? (
              <Link to={`/projects/${encodeURIComponent(s.code)}`}>{s.name}</Link>
            ) : (
              <strong>{s.name}</strong>
            )}
          </div>
          {s.reasons.map((r) => (
            <p key={r.zh} className="warning-reason">
              {text(r)}
            </p>
          ))}
        </li>
      ))}
      {summary.stuck.length > shown.length && (
        <li className="muted">
          {t('projects.dashboard.moreStuck', { count: summary.stuck.length - shown.length })}
        </li>
      )}
    </ol>
  );
}
