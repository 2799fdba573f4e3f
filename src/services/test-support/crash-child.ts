/**
 * The child process of the crash tests: opens the database, does one unit of work — an import of
 * many rows, an approval, or the migrations — prints `ack <label>` once it is committed, and exits.
 * The parent kills it with SIGKILL at random moments and then inspects the database.
 */
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import type { ServiceContext } from '../context';
import { ingestObservations } from '../ledger/observation-ingest';
import { findPlan } from '../plans/stored-plan';
import { approveReport } from '../reporting/reports';

const [mode = '', url = '', label = '', extra = ''] = process.argv.slice(2);

const database = openDatabase(url);
const ctx: ServiceContext = {
  database,
  tenantId: 1,
  actor: { id: 1, username: 'admin', displayName: 'admin', role: 'admin', unitId: null },
  requestId: `crash-${label}`,
  clock: () => new Date('2024-05-01T00:00:00Z'),
};

if (mode === 'import') {
  const rows = Number(extra);
  const plan = await findPlan(ctx, 'hebi-etdz-14th');
  const codes = ['T01', 'T04', 'T05', 'T12', 'T25', 'T26', 'T27'];
  const data = Array.from({ length: rows }, (_, i) => ({
    indicatorCode: codes[i % codes.length] as string,
    period: `${2021 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}`,
    measure: 'level' as const,
    value: i,
  }));
  process.stdout.write('started\n');
  await ingestObservations(ctx, plan, data, { reason: label });
} else if (mode === 'approve') {
  const [reportId, version, reviewerId, unitId] = extra.split(',').map(Number);
  process.stdout.write('started\n');
  await approveReport(
    {
      ...ctx,
      actor: {
        id: reviewerId ?? 0,
        username: 'reviewer',
        displayName: 'r',
        role: 'reviewer',
        unitId: unitId ?? 0,
      },
    },
    reportId ?? 0,
    version ?? 0,
    label,
  );
} else if (mode === 'migrate') {
  process.stdout.write('started\n');
  await migrateToLatest(database.db);
}
process.stdout.write(`ack ${label}\n`);
await database.close();
