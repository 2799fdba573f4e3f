/**
 * 约束性指标滞后: binding indicators behind, regressing or unlikely to meet the target, each with its
 * status and, when a warning names it, the reason.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types';
import { useLocalized } from '../../i18n/localized';
import { useIndicatorNames } from '../indicator-names';
import { StatusTag } from '../StatusTag';

export function BindingList({ data, links = true }: { data: Dashboard; links?: boolean }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const nameOf = useIndicatorNames();
  if (data.bindingBehind.length === 0) return <p className="muted">{t('dashboard.noBindingBehind')}</p>;
  return (
    <ol className="warning-list">
      {data.bindingBehind.map((b) => {
        const warning = data.warnings.find((w) => w.subject === b.code);
        return (
          <li key={b.code} className="warning warning-red">
            <div className="warning-head">
              <StatusTag status={b.status} />
              {links ? (
                <Link to={`/indicators/${encodeURIComponent(b.code)}`}>{nameOf(b.code, b.name)}</Link>
              ) : (
                <strong>{nameOf(b.code, b.name)}</strong>
              )}
              <span className="muted">{b.code}</span>
            </div>
            {warning && <p className="warning-reason">{text(warning.reason)}</p>}
          </li>
        );
      })}
    </ol>
  );
}
