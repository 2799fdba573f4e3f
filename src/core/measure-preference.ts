/**
 * Which measures each kind of indicator reads, most preferred first (docs/methodology.md §5).
 * Levels judge a level path; at sub-annual periods a GDP-like compound indicator is judged on its
 * 累计同比 growth first, the way monthly statistics are read ("1–9月同比增长7.5%").
 */
import type { IndicatorKind } from './model';
import type { MeasurePreference } from './observations';

const levelCompound: MeasurePreference = {
  annual: ['level', 'yoy', 'ytd_yoy', 'ytd'],
  subAnnual: ['ytd_yoy', 'yoy', 'ytd', 'level'],
};

const levelLinear: MeasurePreference = {
  annual: ['level', 'ytd', 'yoy', 'ytd_yoy'],
  subAnnual: ['level', 'ytd', 'ytd_yoy', 'yoy'],
};

/** Yearly amounts summed over the period; a sub-annual `level` is read as the amount so far this year. */
const cumulative: MeasurePreference = {
  annual: ['level', 'ytd'],
  subAnnual: ['ytd', 'level'],
};

/** The value is itself a rate, whatever the measure says. */
const rateLike: MeasurePreference = {
  annual: ['level', 'yoy', 'ytd_yoy', 'ytd'],
  subAnnual: ['ytd_yoy', 'yoy', 'level', 'ytd'],
};

export function measurePreference(kind: IndicatorKind): MeasurePreference {
  switch (kind) {
    case 'level_compound':
      return levelCompound;
    case 'level_linear':
    case 'threshold':
      return levelLinear;
    case 'cumulative':
      return cumulative;
    case 'rate':
    case 'assigned':
    case 'relative':
      return rateLike;
  }
}
