import { sql } from 'kysely';
import { defineRoute } from '../http/route';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '健康检查 / health check',
    tags: ['system'],
    handler: async ({ ctx }) => {
      await sql`select 1`.execute(ctx.database.db);
      return { status: 'ok', database: ctx.database.dialect };
    },
  }),
];
