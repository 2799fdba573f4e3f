/**
 * The OpenAPI document at /api/openapi.json: every route's parameters, bodies and responses, from the
 * zod schemas of contracts. Schemas named with `.meta({ id })` become components, so a generated client
 * has a type of that name.
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;

/** zod has no schema for "no body": 204 is described as a response without content. */
const transform: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  const response = (out.schema as { response?: Record<string, unknown> }).response;
  if (response && '204' in response) response['204'] = { type: 'null', description: 'No Content' };
  return out;
};

export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.0.3',
    info: {
      title: '蓝图 Lantu API',
      description: '规划纲要实施监测评估系统 / plan-implementation system. Errors are RFC 9457 problem+json.',
      version: '1',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lantu_session' } },
    },
  },
  transform,
  transformObject: jsonSchemaTransformObject,
};
