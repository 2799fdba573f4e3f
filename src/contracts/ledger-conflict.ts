/**
 * The 409 `ledger_moved` answer to an approval: the ledger recorded a newer value of the report's key
 * after the unit submitted. Both figures travel with it so the reviewer sees them side by side
 * (web ReviewCard) and can return the report for the unit to check against the correction.
 */
import { z } from 'zod';
import { codeText, freeText, nameText } from './text';

export const ledgerMovedSchema = z.object({
  submitted: z.object({
    value: z.number(),
    /** The ledger revision the unit's figure was based on (0: the key had no value yet). */
    basedOnRevision: z.number().int(),
    submittedAt: codeText().nullable(),
  }),
  current: z.object({
    value: z.number(),
    revision: z.number().int(),
    byName: nameText().nullable(),
    at: codeText(),
    reason: freeText().nullable(),
  }),
});
export type LedgerMoved = z.infer<typeof ledgerMovedSchema>;
