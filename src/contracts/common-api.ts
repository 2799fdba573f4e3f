/**
 * Schemas every domain's API shares: periods, dates, codes, versions, figures and the path parameters.
 * One home for each rule (period pattern, value limit, code characters), so a route, a service and the
 * web app's form refuse the same input with the same words.
 */
import { z } from 'zod';
import { periodFormatMessage, periodPattern } from '../core/period';
import { valueLimit } from '../core/value-limits';
import { binaryBody, codeSchema, codeText, freeText } from './text';

export { periodPattern, valueLimit };

const both = (m: { zh: string; en: string }) => `${m.zh} / ${m.en}`;

/** A period: `2023`, `2023-Q3` or `2023-09`. */
export const periodSchema = codeText().regex(periodPattern, both(periodFormatMessage));
export const isoDateSchema = codeText().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / use YYYY-MM-DD');

/** Codes of plans, indicators, units and users: letters, digits, `.`, `_`, `-`. */
export { codeSchema };
/** A code as a path or query part, checked only for length: the service says which code is unknown. */
export const codeRefSchema = codeText().max(64);

/** A figure in the indicator's unit, within the value limit. */
export const figureSchema = z.number().finite().min(-valueLimit).max(valueLimit);
/** The version a writer read; a stale one is refused with 409. */
export const versionSchema = z.number().int().min(1).max(1_000_000_000);
/** The revision a writer read in a ledger (0 when there was none yet). */
export const expectedRevisionSchema = z.number().int().min(0).max(1_000_000_000);
export const reasonSchema = freeText().min(1).max(2000);
export const measureSchema = z.enum(['level', 'ytd', 'yoy', 'ytd_yoy']);
export type Measure = z.infer<typeof measureSchema>;
/** Which data a reading uses: everything, published statistics only, or the demo data only. */
export const datasetSchema = z.enum(['all', 'published', 'demo']);
export const itemTypeSchema = z.enum(['indicator', 'task', 'project']);
export const bilingualSchema = z.object({ zh: freeText(), en: freeText() });

export const planParams = z.object({ plan: codeRefSchema });
export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const planItemParams = z.object({ plan: codeRefSchema, code: codeRefSchema });
export const strictQuery = z.enum(['true', 'false']).default('false');

/** The bytes of a downloaded file (xlsx, csv, docx, pdf, evidence), as OpenAPI describes a binary body. */
export const fileSchema = binaryBody();

/**
 * An object with one member per name of a closed list (counts by status, by stage). OpenAPI 3.0 cannot
 * say which keys a map has, so a `z.record` over an enum would reach a generated client as "any key".
 */
export function keyedObject<const K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}
