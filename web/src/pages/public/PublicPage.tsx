/**
 * 信息公开: the read-only portal for the public, no sign-in — plans the office published, their
 * indicators and charts on published data only. The indicator table's download needs an account
 * (the API serves it to signed-in users only), so the portal does not offer one.
 */
import { Alert, Card, Col, Layout, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePublicEvaluation, usePublicIndicators, usePublicPlans, usePublicSummary } from '../../api/public';
import { CategoryStatusChart } from '../../charts/CategoryStatusChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabeledControl } from '../../components/LabeledControl';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';
import { PublicIndicator } from './PublicIndicator';
import { type PublicRow, PublicTable } from './PublicTable';

export default function PublicPage() {
  const { t } = useTranslation();
  const { text, isEn } = useLocalized();
  const [params, setParams] = useSearchParams();
  const plans = usePublicPlans();
  const list = plans.data ?? [];
  const code = list.find((p) => p.code === params.get('plan'))?.code ?? list[0]?.code ?? null;
  const summary = usePublicSummary(code).data;
  const asOf = params.get('asOf') ?? summary?.defaultAsOf ?? null;
  const evaluation = usePublicEvaluation(code, asOf);
  const indicators = usePublicIndicators(code, asOf).data?.indicators ?? [];
  const chosen = params.get('indicator');
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const years: number[] = [];
  if (summary) for (let y = summary.baseYear + 1; y <= summary.targetYear; y += 1) years.push(y);
  const rollup = evaluation.data?.rollup;
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const rows: PublicRow[] = (evaluation.data?.results ?? []).map((e) => ({
    code: e.code,
    row: byCode.get(e.code),
    evaluation: e,
  }));
  const chosenRow = rows.find((r) => r.code === chosen);
  const categories = (summary?.categories ?? []).map((c) => ({
    ...c,
    rollup: evaluation.data?.byCategory[c.code] ?? null,
  }));
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/public" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <span className="plan-name">{t('publicPortal.portal')}</span>
        <div className="header-tools" style={{ marginLeft: 'auto' }}>
          <LanguageSwitch />
          <Link to="/login" className="public-login">
            {t('publicPortal.staff')}
          </Link>
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="app-content">
        {plans.error && <ErrorAlert error={plans.error} />}
        {plans.isPending && <PageSpin />}
        {plans.isSuccess && list.length === 0 && (
          <Alert type="info" showIcon title={t('publicPortal.none')} />
        )}
        {summary && asOf && code && (
          <>
            <PageHeader
              title={t('publicPortal.title', { plan: isEn ? summary.nameEn : summary.name })}
              sub={rollup ? text(rollup.headline) : undefined}
              extra={
                <>
                  {list.length > 1 && (
                    <LabeledControl label={t('plan.choose')} className="inline-field">
                      {(id) => (
                        <Select
                          id={id}
                          value={code}
                          onChange={(v: string) => set({ plan: v, indicator: null })}
                          options={list.map((p) => ({ value: p.code, label: isEn ? p.nameEn : p.shortName }))}
                        />
                      )}
                    </LabeledControl>
                  )}
                  <LabeledControl label={t('common.asOf')} className="inline-field">
                    {(id) => (
                      <Select
                        id={id}
                        value={asOf}
                        style={{ minWidth: 120 }}
                        onChange={(v: string) => set({ asOf: v })}
                        options={years.map((y) => ({
                          value: String(y),
                          label: t('common.yearLabel', { year: y }),
                        }))}
                      />
                    )}
                  </LabeledControl>
                </>
              }
            />
            <Alert className="block-gap" type="info" showIcon title={t('publicPortal.published')} />
            {rollup && (
              <ul className="kpi-grid" aria-label={t('dashboard.kpi.label')}>
                <li className="kpi kpi-neutral">
                  <span className="kpi-label">{t('dashboard.kpi.total')}</span>
                  <span className="kpi-value">{rollup.total}</span>
                </li>
                <li className="kpi kpi-good">
                  <span className="kpi-label">{t('dashboard.kpi.ahead')}</span>
                  <span className="kpi-value">{rollup.groups.aheadOrAchieved}</span>
                </li>
                <li className="kpi kpi-info">
                  <span className="kpi-label">{t('dashboard.kpi.onTrack')}</span>
                  <span className="kpi-value">{rollup.groups.onTrack}</span>
                </li>
                <li className="kpi kpi-warn">
                  <span className="kpi-label">{t('dashboard.kpi.lagging')}</span>
                  <span className="kpi-value">{rollup.groups.lagging}</span>
                </li>
                <li className="kpi kpi-neutral">
                  <span className="kpi-label">{t('dashboard.kpi.unassessed')}</span>
                  <span className="kpi-value">{rollup.groups.unassessed}</span>
                </li>
              </ul>
            )}
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={chosenRow ? 12 : 24}>
                <Card title={t('dashboard.byCategory')}>
                  {evaluation.data && <CategoryStatusChart categories={categories} />}
                </Card>
              </Col>
              {chosenRow && (
                <Col xs={24} xl={12}>
                  <PublicIndicator plan={code} row={chosenRow} asOf={asOf} />
                </Col>
              )}
              <Col span={24}>
                <Card title={t('publicPortal.indicators')}>
                  {evaluation.error && <ErrorAlert error={evaluation.error} />}
                  <PublicTable
                    rows={rows}
                    loading={evaluation.isPending}
                    onOpen={(c) => {
                      set({ indicator: c });
                      window.scrollTo({ top: 0, behavior: 'smooth' });
                    }}
                  />
                  <p className="muted top-gap">{t('publicPortal.noDownload')}</p>
                </Card>
              </Col>
            </Row>
          </>
        )}
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('publicPortal.footer')}</Layout.Footer>
    </Layout>
  );
}
