import { sql } from 'kysely';
import { healthSchema } from '../../contracts/session-api';
import { defineRoute } from '../http/route';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '健康检查 / health check',
    tags: ['system'],
    response: { 200: healthSchema },
    handler: async ({ ctx }) => {
      await sql`select 1`.execute(ctx.database.db);
      return { status: 'ok' as const, database: ctx.database.dialect };
    },
  }),
];
