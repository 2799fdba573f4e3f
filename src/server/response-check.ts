/**
 * Checks every JSON response against the route's contract, as it goes out on the wire (dates already
 * text, undefined members gone). Tests turn it on, so a contract that does not describe what a service
 * returns fails the test that calls the route. The body is sent as the service built it: the contract
 * describes the response, it never strips or rewrites it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { DomainError } from '../contracts/domain-error';
import type { Bilingual, InputIssue } from '../contracts/issue';
import { formatIssue } from '../contracts/issue';
import { zodIssuesToInputIssues } from '../contracts/zod-issues';

function isZod(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && 'safeParse' in value;
}

function schemaFor(responses: Record<string, unknown>, reply: FastifyReply): z.ZodType | null {
  const status = reply.statusCode;
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}xx`];
  if (isZod(entry)) return entry;
  const content = (entry as { content?: Record<string, { schema: unknown }> } | undefined)?.content;
  const mediaType = String(reply.getHeader('content-type') ?? '').split(';')[0] ?? '';
  const schema = content?.[mediaType]?.schema;
  return isZod(schema) ? schema : null;
}

/** Paths of members the body has and the contract does not name (zod drops them when it parses). */
function undescribed(sent: unknown, parsed: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    sent.forEach((item, i) => {
      undescribed(item, parsed[i], `${path}[${i}]`, out);
    });
  } else if (typeof sent === 'object' && sent !== null && typeof parsed === 'object' && parsed !== null) {
    for (const [key, value] of Object.entries(sent)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in parsed)) out.push(at);
      else undescribed(value, (parsed as Record<string, unknown>)[key], at, out);
    }
  }
  return out;
}

/** The 500 answer hides the finding from a test's status assertion: it is printed as a warning too. */
function broken(messages: Bilingual, issues: InputIssue[] = []): DomainError {
  const lines = [`${messages.zh} / ${messages.en}`, ...issues.map(formatIssue)];
  process.emitWarning(lines.join('\n'), 'ResponseContractWarning');
  return new DomainError('response_contract_broken', messages, issues);
}

export function checkResponses(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // A broken contract answers 500; checking that answer again would only repeat the finding.
    if (typeof payload !== 'string' || reply.statusCode >= 500) return payload;
    if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    // Only the API's own routes have contracts (not the OpenAPI document, the web app, "no such route").
    const responses = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
    if (!responses) return payload;
    const schema = schemaFor(responses, reply);
    if (!schema) {
      throw broken({
        zh: `${request.method} ${request.url} 的 ${reply.statusCode} 响应没有契约`,
        en: `${request.method} ${request.url} has no contract for status ${reply.statusCode}`,
      });
    }
    const sent: unknown = JSON.parse(payload);
    const result = schema.safeParse(sent);
    if (result.success) {
      const extra = undescribed(sent, result.data, '', []);
      if (extra.length === 0) return payload;
      throw broken({
        zh: `${request.method} ${request.url} 的响应含有契约未描述的字段:${extra.join('、')}`,
        en: `the response of ${request.method} ${request.url} has members its contract does not describe: ${extra.join(', ')}`,
      });
    }
    throw broken(
      {
        zh: `${request.method} ${request.url} 的响应与契约不符`,
        en: `the response of ${request.method} ${request.url} does not match its contract`,
      },
      zodIssuesToInputIssues(result.error, 'response'),
    );
  });
}
