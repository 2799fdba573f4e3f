/**
 * Spreadsheets in and out: the reporting template of a round (download, upload, the office's upload for
 * a unit), historic data imports, and exports of the indicator table, a ledger and the audit log.
 */
import { z } from 'zod';
import {
  bilingualSchema,
  codeRefSchema,
  datasetSchema,
  idParams,
  periodSchema,
  strictQuery,
} from './common-api';
import { inputIssueSchema } from './problem-api';
import { codeText, freeText, nameText } from './text';

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvMediaType = 'text/csv; charset=utf-8';
export const tableMediaTypes = [xlsxMediaType, 'text/csv'] as const;

export const formatQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const templateQuery = z.object({ unit: codeRefSchema.optional() });
export const templateUploadQuery = z.object({ strict: strictQuery });
export const proxyUploadParams = idParams.extend({ code: codeRefSchema });
export const historicImportQuery = z.object({ strict: strictQuery, source: nameText().max(300).optional() });
export const indicatorExportQuery = formatQuery.extend({
  asOf: periodSchema.optional(),
  dataset: datasetSchema.default('all'),
});

/** One row of an uploaded template: saved, unchanged, or refused with the cell named. */
export const templateRowSchema = z.union([
  z.object({
    row: z.number().int(),
    reportId: z.number().int(),
    outcome: z.enum(['accepted', 'unchanged']),
    itemCode: codeText().nullable(),
  }),
  z.object({
    row: z.number().int(),
    reportId: z.number().int().nullable(),
    outcome: z.literal('rejected'),
    column: codeText(),
    field: freeText(),
    message: bilingualSchema,
    itemCode: codeText().nullable(),
  }),
]);
export const templateUploadResultSchema = z
  .object({
    round: z.number().int(),
    strict: z.boolean(),
    /** Whether the accepted rows were saved (false in strict mode with any rejection). */
    applied: z.boolean(),
    counts: z.object({ accepted: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
    rows: z.array(templateRowSchema),
  })
  .meta({ id: 'TemplateUploadResult' });
export type TemplateUploadResult = z.infer<typeof templateUploadResultSchema>;
export type TemplateRowOutcome = z.infer<typeof templateRowSchema>;

export const rowProblemSchema = z.object({
  /** The column as the file names it, e.g. `年份 (C)`. */
  column: codeText(),
  code: codeText(),
  message: bilingualSchema,
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

export const historicUploadResultSchema = z
  .object({
    applied: z.boolean(),
    loaded: z.number().int(),
    result: z.object({
      format: z.enum(['csv', 'xlsx']),
      encoding: freeText().nullable(),
      sheet: freeText().nullable(),
      accepted: z.number().int(),
      rejected: z.array(z.object({ row: z.number().int(), problems: z.array(rowProblemSchema) })),
      skipped: z.array(z.object({ row: z.number().int(), reason: bilingualSchema })),
      blankRows: z.number().int(),
      headerRow: z.number().int().nullable(),
      columns: z.partialRecord(freeText(), freeText()),
      ignoredColumns: z.array(freeText()),
      issues: z.array(inputIssueSchema),
      /** How many rows were rejected and skipped, and issues found; the lists hold the first 1,000 of each. */
      rejectedCount: z.number().int(),
      skippedCount: z.number().int(),
      issueCount: z.number().int(),
    }),
  })
  .meta({ id: 'HistoricUploadResult' });
export type HistoricUploadResult = z.infer<typeof historicUploadResultSchema>;
