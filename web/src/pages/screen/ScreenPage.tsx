/**
 * 大屏: the dashboard for the meeting-room display — dark, large type, no navigation, fitted to
 * 1920×1080 and refreshed every five minutes. Esc (or the small button) returns to the dashboard.
 */
import { theme as antdTheme, Button, ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDashboard } from '../../api/plans';
import { useProjectSummary } from '../../api/projects';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';
import { fontFamily } from '../../styles/theme';
import '../../styles/screen.css';
import { ScreenBody } from './ScreenBody';
import { screenHeight, screenWidth, useFitScale } from './use-fit-scale';

export default function ScreenPage() {
  const { t } = useTranslation();
  const { isEn } = useLocalized();
  const navigate = useNavigate();
  const { code, summary } = usePlan();
  const { asOf } = useAsOf();
  const dashboard = useDashboard(code, asOf);
  const projects = useProjectSummary(code, asOf);
  const scale = useFitScale();
  useEffect(() => {
    const timer = window.setInterval(() => {
      void dashboard.refetch();
      void projects.refetch();
    }, 5 * 60_000);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void navigate(`/?asOf=${asOf}`);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [dashboard.refetch, projects.refetch, navigate, asOf]);
  const left = Math.max(0, (window.innerWidth - screenWidth * scale) / 2);
  const top = Math.max(0, (window.innerHeight - screenHeight * scale) / 2);
  return (
    <ConfigProvider
      theme={{
        algorithm: antdTheme.darkAlgorithm,
        token: { fontSize: 20, fontFamily, colorPrimary: '#4d8dff' },
      }}
    >
      <main className="screen-backdrop" aria-label={t('screen.title')}>
        <div
          className="screen"
          style={{ width: screenWidth, height: screenHeight, transform: `scale(${scale})`, left, top }}
        >
          <Button
            className="screen-exit"
            size="small"
            type="text"
            onClick={() => void navigate(`/?asOf=${asOf}`)}
          >
            {t('screen.exit')}
          </Button>
          <h1 className="screen-title">
            {isEn ? summary.region.nameEn : summary.shortName} · {t('screen.title')}
          </h1>
          {dashboard.error && <ErrorAlert error={dashboard.error} />}
          {dashboard.data ? (
            <ScreenBody data={dashboard.data} projects={projects.data} />
          ) : (
            !dashboard.error && <PageSpin />
          )}
        </div>
      </main>
    </ConfigProvider>
  );
}
