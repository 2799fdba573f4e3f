/**
 * A route is a pipeline (architecture.md rule 2): authenticate → check access → validate (zod) → call
 * one service → shape the response. Routes are plain data so the OpenAPI document and the
 * authorization-matrix test can walk every one of them.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { fileSchema } from '../../contracts/common-api';
import { DomainError } from '../../contracts/domain-error';
import { problemSchema } from '../../contracts/problem-api';
import { authorize, type Permission } from '../../services/authorization';
import type { ServiceContext } from '../../services/context';
import type { WorkSlots } from '../../services/work-slots';

/** A permission, or `public` for routes anyone may call (sign-in, the public portal, health). */
export type Access = Permission | 'public';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  ctx: ServiceContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A download: the body is a file of one of these content types. */
export interface FileBody {
  files: readonly string[];
}

/** What a route answers on success, by status: a JSON body from contracts, a file, or 204 no content. */
export interface Responses {
  200?: z.ZodType | FileBody;
  201?: z.ZodType;
  204?: null;
}

/** The JSON bodies a handler may return for these responses (files and pre-serialised JSON go by `reply`). */
type Body<R> = { [K in keyof R]: R[K] extends z.ZodType ? z.input<R[K]> : never }[keyof R];

export interface RouteSpec<P = undefined, Q = undefined, B = undefined, R extends Responses = Responses> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: Access;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Multipart uploads are parsed by the handler, not by a body schema. */
  multipart?: boolean;
  rateLimit?: { max: number; timeWindow: string };
  /** Expensive work that takes one of a bounded number of slots while it runs (work-slots.ts). */
  slots?: SlotKind;
  response: R;
  // A 204 handler may end with a service call that returns nothing.
  handler: (input: RouteInput<P, Q, B>) => Promise<Body<R> | FastifyReply | undefined> | Promise<void>;
}

export type SlotKind = 'spreadsheet';

// biome-ignore lint/suspicious/noExplicitAny: a route list holds routes of different input types
export type AnyRoute = RouteSpec<any, any, any, any>;

export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Responses = Responses,
>(spec: RouteSpec<P, Q, B, R>): RouteSpec<P, Q, B, R> {
  return spec;
}

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** Fastify's response schemas: the route's own success bodies, and problem+json for every error. */
function responseSchemas(spec: AnyRoute): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, body] of Object.entries(spec.response as Responses)) {
    if (body === null) out[status] = { description: 'No Content', content: {} };
    else if ('files' in body) {
      const content = Object.fromEntries(body.files.map((type: string) => [type, { schema: fileSchema }]));
      out[status] = { description: 'a file / 文件', content };
    } else out[status] = body;
  }
  out['4xx'] = { description: '请求有误 / client error (problem+json)', content: problemContent };
  out['5xx'] = { description: '服务器错误 / server error (problem+json)', content: problemContent };
  return out;
}

export function registerRoutes(
  app: FastifyInstance,
  routes: readonly AnyRoute[],
  contextOf: (request: FastifyRequest) => ServiceContext,
  slots: Record<SlotKind, WorkSlots>,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const spec of routes) {
    typed.route({
      method: spec.method,
      url: spec.url,
      schema: {
        summary: spec.summary,
        tags: spec.tags,
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        response: responseSchemas(spec),
        ...(spec.access === 'public' ? {} : { security: [{ session: [] }] }),
      },
      config: { access: spec.access, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}) },
      // Access is checked before the body is read: a 403 costs nothing and reveals nothing.
      onRequest: async (request) => {
        // A one-time password opens nothing but the password change (and sign-out).
        if (
          request.auth?.user.mustChangePassword &&
          spec.access !== 'self' &&
          !spec.url.startsWith('/api/auth/')
        ) {
          throw new DomainError('password_change_required', {
            zh: '请先修改初始密码',
            en: 'change your one-time password first',
          });
        }
        if (spec.access !== 'public') authorize(request.auth?.actor ?? null, spec.access);
      },
      handler: async (request, reply) => {
        // Taken before the body is read, so a refused upload costs nothing but its answer.
        const release = spec.slots ? slots[spec.slots].acquire(request.auth?.actor.id ?? 0) : null;
        try {
          const result = await spec.handler({
            params: request.params as never,
            query: request.query as never,
            body: request.body as never,
            ctx: contextOf(request),
            request,
            reply,
          });
          if (reply.sent) return reply;
          return result === undefined ? reply.code(204).send() : result;
        } finally {
          release?.();
        }
      },
    });
  }
}
