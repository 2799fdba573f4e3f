/**
 * The frame of every page but the big screen: a skip link, the header with the plan, the menu of what
 * the signed-in role may use, the language switch and the account menu.
 */
import { Layout } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageSpin } from '../components/PageSpin';
import { useLocalized } from '../i18n/localized';
import { usePlan } from '../state/plan-context';
import { AccountMenu } from './AccountMenu';
import { MainMenu } from './MainMenu';
import { PlanSwitch } from './PlanSwitch';

export function AppLayout() {
  const { t } = useTranslation();
  const { summary } = usePlan();
  const { isEn } = useLocalized();
  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="brand" title={t('app.home')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <PlanSwitch />
        <MainMenu />
        <div className="header-tools">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="app-content" tabIndex={-1}>
        <Suspense fallback={<PageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">
        {t('app.footer', { plan: isEn ? summary.region.nameEn : summary.shortName })}
      </Layout.Footer>
    </Layout>
  );
}
