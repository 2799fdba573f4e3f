/**
 * The indicators of a chapter with their status, each a link to its page.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorRowView } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { formatValue, targetText, useLocalized } from '../../i18n/localized';

export function ChapterIndicators({ indicators }: { indicators: IndicatorRowView[] }) {
  const { t } = useTranslation();
  const { name, locale } = useLocalized();
  return (
    <table className="plain-table">
      <thead>
        <tr>
          <th scope="col">{t('indicators.name')}</th>
          <th scope="col">{t('indicators.target')}</th>
          <th scope="col">{t('indicators.actual')}</th>
          <th scope="col">{t('indicators.status')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.code}>
            <td>
              <Link to={`/indicators/${encodeURIComponent(i.code)}`}>{name(i)}</Link>{' '}
              <span className="muted">{i.code}</span>
            </td>
            <td>{targetText(i, locale)}</td>
            <td>{formatValue(i.evaluation.actual, i.unit, locale)}</td>
            <td>
              <StatusTag status={i.evaluation.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
