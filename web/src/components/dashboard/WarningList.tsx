/**
 * 预警: every warning with its level, the indicator and the reason in the reader's language,
 * red first.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardWarning, WarningLevel } from '../../api/types';
import { useLocalized } from '../../i18n/localized';
import { useIndicatorNames } from '../indicator-names';
import { WarningTag } from '../StatusTag';

const rank: Record<WarningLevel, number> = { red: 0, yellow: 1, grey: 2 };

export function WarningList({
  warnings,
  links = true,
  limit,
}: {
  warnings: DashboardWarning[];
  links?: boolean;
  limit?: number;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const nameOf = useIndicatorNames();
  const sorted = [...warnings].sort((a, b) => rank[a.level] - rank[b.level]).slice(0, limit);
  if (sorted.length === 0) return <p className="muted">{t('dashboard.noWarnings')}</p>;
  return (
    <ol className="warning-list">
      {sorted.map((w) => (
        <li key={`${w.type}-${w.subject}`} className={`warning warning-${w.level}`}>
          <div className="warning-head">
            <WarningTag level={w.level} />
            {links && w.type !== 'report_overdue' ? (
              <Link to={`/indicators/${encodeURIComponent(w.subject)}`}>{nameOf(w.subject, w.name)}</Link>
            ) : (
              <strong>{nameOf(w.subject, w.name)}</strong>
            )}
            <span className="muted">{w.subject}</span>
          </div>
          <p className="warning-reason">{text(w.reason)}</p>
        </li>
      ))}
    </ol>
  );
}
