/**
 * 看板 by stage: one column per stage, 谋划 → 投产, with the number of projects and their total
 * investment, and a card per project. A long column shows its first cards and a link to the list.
 */
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectStages } from '../../../../src/contracts/project-stages';
import type { ProjectView, ProjectWarning } from '../../api/types';
import { yi } from '../../components/projects/money';
import { CompletionTag, StageTag } from '../../components/projects/ProjectTags';
import { WarningTag } from '../../components/StatusTag';
import { useLocalized } from '../../i18n/localized';

const perColumn = 12;

export function ProjectBoard({
  projects,
  warningsOf,
  onShowStage,
  unitName,
}: {
  projects: ProjectView[];
  unitName(code: string | null | undefined): string;
  warningsOf(code: string): ProjectWarning[];
  onShowStage(stage: string): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <ul className="board" aria-label={t('projects.board')}>
      {projectStages.map((stage) => {
        const mine = projects.filter((p) => p.stage === stage);
        const investment = mine.reduce((sum, p) => sum + (p.totalInvestment ?? 0), 0);
        const missing = mine.filter((p) => p.totalInvestment === null).length;
        return (
          <li key={stage} className="board-column" aria-labelledby={`board-${stage}`}>
            <header className="board-head">
              <h2 id={`board-${stage}`}>
                <StageTag stage={stage} />
                <span className="board-count">{t('projects.countOf', { count: mine.length })}</span>
              </h2>
              <div className="muted">
                {t('projects.boardInvestment', { amount: yi(investment, locale) })}
                {missing > 0 && ` · ${t('projects.withoutInvestment', { count: missing })}`}
              </div>
            </header>
            {mine.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.none')} />
            )}
            <ul className="board-cards">
              {mine.slice(0, perColumn).map((p) => {
                const warnings = warningsOf(p.code);
                return (
                  <li key={p.code} className={`board-card${warnings.length > 0 ? ' board-card-warn' : ''}`}>
                    <Link to={`/projects/${encodeURIComponent(p.code)}`} className="board-card-name">
                      {p.name}
                    </Link>
                    <div className="muted">
                      {p.code}
                      {p.park && ` · ${unitName(p.park.code)}`}
                    </div>
                    <div className="board-card-meta">
                      {p.totalInvestment !== null && <span>{yi(p.totalInvestment, locale)}</span>}
                      {p.investment.completion && <CompletionTag completion={p.investment.completion} />}
                      {warnings.length > 0 && (
                        <WarningTag level={warnings.some((w) => w.level === 'red') ? 'red' : 'yellow'} />
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
            {mine.length > perColumn && (
              <Button type="link" onClick={() => onShowStage(stage)}>
                {t('projects.showAll', { count: mine.length })}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
