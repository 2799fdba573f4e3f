import { healthSchema } from '../../contracts/session-api';
import { health } from '../../services/system/database-lifecycle';
import { defineRoute } from '../http/route';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '健康检查 / health check',
    tags: ['system'],
    response: { 200: healthSchema },
    handler: async ({ ctx }) => health(ctx),
  }),
];
