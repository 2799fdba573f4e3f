/**
 * The Lantu HTTP server: Fastify with security headers, cookie sessions, CSRF, rate limiting on
 * sign-in, problem+json errors, request ids, the OpenAPI document at /api/openapi.json with a
 * browsable page at /api/docs, and the API routes of routes/.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/connection';
import type { ServiceContext } from '../services/context';
import { ReportRendering } from '../services/evaluation-report/report-rendering';
import { SpreadsheetReading } from '../services/spreadsheet-reading/spreadsheet-reading';
import { type SlotLimits, WorkSlots } from '../services/work-slots';
import { registerAuth } from './http/auth-plugin';
import type { AnyRoute, SlotKind } from './http/route';
import { registerRoutes } from './http/route';
import { openapiOptions } from './openapi';
import { errorHandler } from './problem';
import { checkResponses } from './response-check';
import { allRoutes } from './routes';
import { hasWebBuild, registerWebApp, webDistDir } from './web-app';

export interface AppOptions {
  database: Database;
  /** The tenant of requests without a session (sign-in, the public portal). */
  tenantId: number;
  cookieSecret: string;
  clock?: () => Date;
  logger?: FastifyServerOptions['logger'];
  secureCookies?: boolean;
  maxUploadBytes?: number;
  scryptN: number;
  sessionHours: number;
  dataDir: string;
  /** Extra routes (tests, the static web app). */
  extraRoutes?: readonly AnyRoute[];
  /** Sign-in attempts per IP and minute. */
  loginRateLimit?: number;
  /** Spreadsheet uploads read at once, per user and overall. */
  uploadSlots?: SlotLimits;
  /** Check every JSON response against its contract (tests): a mismatch answers 500 naming the fields. */
  checkResponses?: boolean;
}

/**
 * One upload per person and two for the server: reading a template or a 100,000-row table takes a
 * few seconds and up to a few hundred MB, and two cores are the machine we are deployed on.
 */
export const defaultUploadSlots: SlotLimits = { perUser: 1, overall: 2, retryAfterSeconds: 10 };

export interface AppSettings {
  secureCookies: boolean;
  scryptN: number;
  sessionHours: number;
  dataDir: string;
  maxUploadBytes: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    lantu: AppSettings;
    /** The bounded slots of expensive work, by kind (work-slots.ts). */
    workSlots: Record<SlotKind, WorkSlots>;
    /** Report workers, queue bounds and cache of this server. */
    reportRendering: ReportRendering;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 2 * 1024 * 1024,
    // A path that is not valid percent-encoded UTF-8 (a lone surrogate, %ED%A0%80) fails before
    // routing; it gets the same problem+json as every other bad request.
    frameworkErrors: (error, request, reply) => {
      errorHandler(error, request, reply);
    },
  });
  app.decorate('lantu', {
    secureCookies: options.secureCookies ?? false,
    scryptN: options.scryptN,
    sessionHours: options.sessionHours,
    dataDir: options.dataDir,
    maxUploadBytes: options.maxUploadBytes ?? 20 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas describe the API (OpenAPI, the web's types); bodies go out as services built them.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  if (options.checkResponses) checkResponses(app);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type('application/problem+json; charset=utf-8')
      .send({
        type: 'urn:lantu:problem:route_not_found',
        title: 'no such route',
        status: 404,
        detail: '没有这个地址',
        code: 'route_not_found',
        messages: { zh: '没有这个地址', en: 'no such route' },
        issues: [],
        requestId: String(request.id),
      }),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time; scripts stay strictly same-origin.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: options.cookieSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    // Keep the name as sent, so a path-like name is refused rather than silently shortened.
    preservePath: true,
    limits: { fileSize: options.maxUploadBytes ?? 20 * 1024 * 1024, files: 1, fields: 10, parts: 12 },
  });
  await app.register(swagger, openapiOptions);
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, options.database, clock);
  const rendering = new ReportRendering();
  const uploadLimits = options.uploadSlots ?? defaultUploadSlots;
  // One worker per upload the server reads at once.
  const spreadsheets = new SpreadsheetReading(uploadLimits.overall);
  app.addHook('onClose', async () => spreadsheets.close());
  app.decorate('reportRendering', rendering);
  app.addHook('onClose', async () => rendering.close());
  const contextOf = (request: Parameters<Parameters<typeof registerRoutes>[2]>[0]): ServiceContext => ({
    database: options.database,
    tenantId: request.auth?.tenantId ?? options.tenantId,
    actor: request.auth?.actor ?? null,
    requestId: String(request.id),
    clock,
    reportRendering: rendering,
    spreadsheetReading: spreadsheets,
  });
  const routes = allRoutes(options.loginRateLimit ?? 10);
  if (hasWebBuild(webDistDir)) await registerWebApp(app, webDistDir);
  const slots = {
    spreadsheet: new WorkSlots(uploadLimits, {
      what: { zh: '电子表格上传', en: 'spreadsheet upload' },
    }),
  };
  app.decorate('workSlots', slots);
  registerRoutes(app, [...routes, ...(options.extraRoutes ?? [])], contextOf, slots);
  return app;
}
