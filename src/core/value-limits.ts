/**
 * The largest magnitude a figure may have anywhere it enters Lantu (a report, a direct entry, an annual
 * target, a template cell). Far above any statistic a plan holds (万亿 is 1e12), and still exact in a
 * double and in PostgreSQL's double precision, so a typo of many zeros is refused rather than stored.
 */
export const valueLimit = 1e15;
