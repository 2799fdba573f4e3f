/**
 * Completion of the annual plan as a bar with 序时进度 marked on it: the fill is the share completed,
 * the line the share of the year elapsed. The server's sentence says the same in words.
 */
import { useTranslation } from 'react-i18next';
import type { AnnualCompletion } from '../../api/types';
import { formatNumber, useLocalized } from '../../i18n/localized';

export function PaceBar({ completion, dark = false }: { completion: AnnualCompletion; dark?: boolean }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const fill = Math.max(0, Math.min(100, completion.completionPercent));
  const elapsed = Math.max(0, Math.min(100, completion.timeElapsedPercent));
  return (
    <div className="pace">
      <div
        className={`pace-bar${dark ? ' pace-bar-dark' : ''}`}
        role="img"
        aria-label={text(completion.explanation)}
      >
        <div className={`pace-fill pace-fill-${completion.pace}`} style={{ width: `${fill}%` }} />
        <div className="pace-mark" style={{ left: `${elapsed}%` }} />
      </div>
      <div className="pace-scale" aria-hidden>
        <span>{formatNumber(completion.completionPercent, locale, 1)}%</span>
        <span style={{ left: `${elapsed}%` }} className="pace-scale-mark">
          {t('project.paceMark', { percent: formatNumber(completion.timeElapsedPercent, locale, 1) })}
        </span>
      </div>
    </div>
  );
}
