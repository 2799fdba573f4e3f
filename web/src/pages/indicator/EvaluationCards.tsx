/**
 * The judgement at the evaluation date, in the server's words: the status with its explanation
 * (a sentence a reader can check by hand) and the trend verdict with projection and required pace.
 */
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorPage } from '../../api/types';
import { paceText } from '../../charts/pace-text';
import { StatusTag, TrendTag, WarningTag } from '../../components/StatusTag';
import { formatNumber, formatValue, targetText, useLocalized } from '../../i18n/localized';

export function EvaluationCards({ page }: { page: IndicatorPage }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { evaluation: ev, indicator } = page;
  const unit = indicator.unit;
  const pace = ev.trend.requiredPace;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('indicator.status')} className="full-height">
          <div className="verdict">
            <StatusTag status={ev.status} />
            {page.warnings.map((w) => (
              <WarningTag key={w.type} level={w.level} />
            ))}
          </div>
          <p className="explanation" data-testid="status-explanation">
            {text(ev.explanation)}
          </p>
          {ev.reason && <p className="muted">{text(ev.reason)}</p>}
          {ev.officialCategory && (
            <p data-testid="official-category">
              {t('indicator.official', {
                category: t(`indicator.officialCategory.${ev.officialCategory}`),
              })}
            </p>
          )}
          {ev.aspiration && <p className="muted">{text(ev.aspiration.explanation)}</p>}
          {ev.notes.length > 0 && (
            <ul className="muted" data-testid="evaluation-notes" aria-label={t('indicator.notes')}>
              {ev.notes.map((n) => (
                <li key={n.zh}>{text(n)}</li>
              ))}
            </ul>
          )}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'actual',
                label: ev.actualPeriod
                  ? t('indicator.actualAt', { period: ev.actualPeriod })
                  : t('indicators.actual'),
                children: formatValue(ev.actual, unit, locale),
              },
              {
                key: 'expected',
                label: t('indicator.expected'),
                children: formatValue(ev.expected, unit, locale),
              },
              { key: 'ratio', label: t('indicators.ratio'), children: formatNumber(ev.ratio, locale) },
              {
                key: 'elapsed',
                label: t('indicator.timeElapsed'),
                children: `${formatNumber(ev.timeElapsed * 100, locale, 0)}%`,
              },
            ]}
          />
          {ev.flags.length > 0 && (
            <div>
              {ev.flags.map((f) => (
                <Tag key={f}>{t(`flags.${f}`)}</Tag>
              ))}
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('indicator.trend')} className="full-height">
          <div className="verdict">
            <TrendTag verdict={ev.trend.verdict} />
          </div>
          <p className="explanation">{text(ev.trend.explanation)}</p>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'projection',
                label: t('indicator.projectionAt', { year: indicator.target?.year ?? '' }),
                children: formatValue(ev.trend.projection, unit, locale),
              },
              {
                key: 'pace',
                label: t('indicator.requiredPace'),
                children: paceText(t, pace, unit, locale) ?? '—',
              },
              {
                key: 'target',
                label: t('indicators.target'),
                children: targetText(indicator, locale),
              },
              {
                key: 'gap',
                label: t('indicator.gapToTarget'),
                children: formatValue(ev.gapToTarget, unit, locale),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
