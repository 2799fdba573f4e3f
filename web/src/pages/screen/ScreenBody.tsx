/**
 * What the big screen shows, in three bands: the figures; status by category beside the warnings;
 * binding indicators behind, the units late on reporting and the major projects.
 */
import { useTranslation } from 'react-i18next';
import type { Dashboard, ProjectsSummary } from '../../api/types';
import { CategoryStatusChart } from '../../charts/CategoryStatusChart';
import { DemoBadge } from '../../components/DemoBanner';
import { BindingList } from '../../components/dashboard/BindingList';
import { KpiCards } from '../../components/dashboard/KpiCards';
import { LaggingUnits } from '../../components/dashboard/LaggingUnits';
import { ProjectInvestment, ProjectStages, StuckProjects } from '../../components/dashboard/ProjectsBlock';
import { WarningList } from '../../components/dashboard/WarningList';
import { useLocalized } from '../../i18n/localized';

export function ScreenBody({ data, projects }: { data: Dashboard; projects: ProjectsSummary | undefined }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <>
      <div className="screen-meta">
        <DemoBadge demo={data.dataset.demo} />
        <span>{t('screen.asOf', { year: data.asOf })}</span>
        <span>{t('screen.elapsed', { percent: Math.round(data.timeElapsed * 100) })}</span>
        <span className="screen-headline">{text(data.rollup.headline)}</span>
      </div>
      <KpiCards data={data} />
      <div className="screen-band">
        <section className="screen-panel">
          <h2>{t('dashboard.byCategory')}</h2>
          <CategoryStatusChart
            categories={data.byCategory}
            height="100%"
            className="screen-chart"
            dark
            fontSize={18}
          />
        </section>
        <section className="screen-panel screen-scroll">
          <h2>{t('dashboard.warnings', { count: data.warnings.length })}</h2>
          <WarningList warnings={data.warnings} links={false} limit={5} />
        </section>
      </div>
      <div className="screen-band screen-band-3">
        <section className="screen-panel screen-scroll">
          <h2>{t('dashboard.bindingBehind')}</h2>
          <BindingList data={data} links={false} />
        </section>
        <section className="screen-panel screen-scroll">
          <h2>{t('dashboard.laggingUnits')}</h2>
          <LaggingUnits units={data.reports.units} />
        </section>
        {projects && (
          <section className="screen-panel screen-scroll screen-projects">
            <h2>{t('projects.dashboard.title', { count: projects.counts.total })}</h2>
            <ProjectStages summary={projects} />
            <ProjectInvestment summary={projects} dark />
            <StuckProjects summary={projects} links={false} limit={3} />
          </section>
        )}
      </div>
    </>
  );
}
