/**
 * Historic data (历史数据) uploaded through the web: a CSV or xlsx table → checked rows → one import
 * into the ledger. In strict mode one rejected row means nothing is loaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../contracts/domain-error';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  importObservationFile,
  type ListedImportResult,
  listFirstRows,
} from '../../io/importers/observation-file-import';
import { defaultSpreadsheetLimits } from '../../io/spreadsheet-safety/limits';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { ingestObservations } from './observation-ingest';

export interface HistoricUploadResult {
  applied: boolean;
  loaded: number;
  result: Omit<ListedImportResult, 'accepted'> & { accepted: number };
}

export async function importHistoricUpload(
  ctx: ServiceContext,
  plan: StoredPlan,
  upload: { name: string; bytes: Buffer },
  options: { strict: boolean; source?: string; maxBytes: number },
): Promise<HistoricUploadResult> {
  authorize(ctx.actor, 'ledger.write');
  if (!/^[^\\/]{1,200}\.(csv|xlsx|xls)$/i.test(upload.name)) {
    throw new DomainError('unsupported_media_type', {
      zh: '请上传 .csv 或 .xlsx 文件',
      en: 'upload a .csv or .xlsx file',
    });
  }
  const def = await new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id);
  const dir = mkdtempSync(join(tmpdir(), 'lantu-upload-'));
  try {
    const path = join(dir, upload.name.replace(/[^\w.\u4e00-\u9fff-]+/g, '_'));
    writeFileSync(path, upload.bytes);
    const fileOptions = {
      indicators: def.indicators,
      ...(options.source ? { defaultSource: options.source } : {}),
      limits: { ...defaultSpreadsheetLimits, maxFileBytes: options.maxBytes },
    };
    const result = ctx.spreadsheetReading
      ? await ctx.spreadsheetReading.importObservations(path, fileOptions)
      : listFirstRows(await importObservationFile(path, fileOptions));
    const refused = result.issues.some((i) => i.severity === 'error') && result.accepted.length === 0;
    const apply = !refused && result.accepted.length > 0 && !(options.strict && result.rejectedCount > 0);
    if (apply) {
      await ingestObservations(
        ctx,
        plan,
        result.accepted.map((a) => ({
          indicatorCode: a.observation.indicator,
          period: a.observation.period,
          measure: a.observation.measure,
          value: a.observation.value,
          source: a.observation.source ?? null,
        })),
        { layer: 'published', reason: `导入 ${upload.name}` },
      );
    }
    const { accepted, ...rest } = result;
    return {
      applied: apply,
      loaded: apply ? accepted.length : 0,
      result: { ...rest, accepted: accepted.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
