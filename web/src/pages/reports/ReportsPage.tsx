/**
 * 评估报告: the plan office's three reports — 年度监测报告, 中期评估报告, 总结评估报告 — at an
 * evaluation date and in a language; Word, PDF and the HTML view, with the office's narrative
 * sections (存在问题, 下一步建议) edited here and kept as revisions.
 */
import { Card, Col, Row, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReportLang } from '../../api/evaluation-reports';
import type { ReportKindName } from '../../api/types';
import { useCan } from '../../app/use-can';
import { AsOfSelect } from '../../components/AsOfSelect';
import { PageHeader } from '../../components/PageHeader';
import { useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';
import { NarrativeEditor } from './NarrativeEditor';
import { ReportDownloads } from './ReportDownloads';

const kinds: readonly ReportKindName[] = ['annual', 'midterm', 'final'];

export default function ReportsPage() {
  const { t } = useTranslation();
  const { isEn } = useLocalized();
  const can = useCan();
  const { code, summary } = usePlan();
  const { asOf } = useAsOf();
  const [params, setParams] = useSearchParams();
  const rawKind = params.get('kind');
  const kind: ReportKindName = kinds.find((k) => k === rawKind) ?? 'annual';
  const lang: ReportLang = params.get('lang') === 'en' || (!params.get('lang') && isEn) ? 'en' : 'zh';
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const title = t('evalReports.fileTitle', {
    plan: isEn ? summary.region.nameEn : summary.shortName,
    year: asOf,
    kind: t(`evalReports.kind.${kind}`),
  });
  return (
    <>
      <PageHeader title={t('evalReports.title')} sub={t('evalReports.sub')} />
      <div className="filter-bar">
        <AsOfSelect />
        <div className="filter-field inline-field">
          <span>{t('evalReports.kindLabel')}</span>
          <Segmented<ReportKindName>
            aria-label={t('evalReports.kindLabel')}
            value={kind}
            onChange={(v) => set('kind', v)}
            options={kinds.map((k) => ({ value: k, label: t(`evalReports.kind.${k}`) }))}
          />
        </div>
        <div className="filter-field inline-field">
          <span>{t('evalReports.lang')}</span>
          <Segmented<ReportLang>
            aria-label={t('evalReports.lang')}
            value={lang}
            onChange={(v) => set('lang', v)}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </div>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={t('evalReports.generate')} className="full-height">
            <p>
              <strong>{title}</strong>
            </p>
            <p className="muted">{t('evalReports.contents')}</p>
            <ReportDownloads plan={code} asOf={asOf} kind={kind} lang={lang} title={title} />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t('narrative.title', { kind: t(`evalReports.kind.${kind}`), year: asOf })}>
            <NarrativeEditor plan={code} kind={kind} asOf={asOf} editable={can('plan.manage')} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
