/**
 * Errors at the edge (architecture.md rule 5): domain errors and validation failures become RFC 9457
 * problem+json listing every issue; anything unknown becomes a bare 500 with the request id, logged.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../contracts/domain-error';
import type { Bilingual, InputIssue } from '../contracts/issue';
import { formatPath } from '../contracts/zod-issues';

const statusOf: Record<string, number> = {
  unauthenticated: 401,
  login_failed: 401,
  forbidden: 403,
  csrf_failed: 403,
  password_change_required: 403,
  version_conflict: 409,
  ledger_moved: 409,
  plan_exists: 409,
  username_taken: 409,
  unit_code_taken: 409,
  round_closed: 409,
  project_code_taken: 409,
  problem_closed: 409,
  report_not_editable: 409,
  report_not_submitted: 409,
  plan_is_draft: 409,
  draft_published: 409,
  document_too_large: 413,
  draft_invalid: 422,
  supervision_closed: 409,
  no_open_task_round: 409,
  not_lead_unit: 403,
  not_co_unit: 403,
  percent_below_approved: 422,
  payload_too_large: 413,
  file_too_large: 413,
  upload_too_large: 413,
  zip_too_large_unpacked: 413,
  template_too_many_sheets: 413,
  template_too_many_rows: 413,
  template_too_many_columns: 413,
  unsupported_media_type: 415,
  round_empty: 422,
  account_locked: 423,
  rate_limited: 429,
  busy_for_user: 429,
  server_busy: 503,
  response_contract_missing: 500,
  response_contract_broken: 500,
};

export function statusFor(code: string): number {
  return statusOf[code] ?? (code.endsWith('_not_found') ? 404 : 400);
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  messages: Bilingual;
  issues: InputIssue[];
  requestId: string;
  [extra: string]: unknown;
}

export function problem(
  code: string,
  messages: Bilingual,
  status: number,
  requestId: string,
  issues: InputIssue[] = [],
  details: Record<string, unknown> = {},
): Problem {
  return {
    type: `urn:lantu:problem:${code}`,
    title: messages.en,
    status,
    detail: messages.zh,
    code,
    messages,
    issues,
    requestId,
    ...details,
  };
}

function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
}

/**
 * Contract messages are written "中文 / English" (contracts/text.ts, project-api.ts): each language
 * gets its own half. zod's built-in messages are English only and go to both.
 */
function bilingualIssue(field: string, message: string): Bilingual {
  const at = message.lastIndexOf(' / ');
  const zh = at < 0 ? message : message.slice(0, at);
  const en = at < 0 ? message : message.slice(at + 3);
  return { zh: `${field || '请求'}:${zh}`, en: `${field || 'request'}: ${en}` };
}

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const id = String(request.id);
  if (error instanceof DomainError) {
    const retry = error.details.retryAfterSeconds;
    if (typeof retry === 'number') reply.header('retry-after', String(retry));
    return sendProblem(
      reply,
      problem(error.code, error.messages, statusFor(error.code), id, [...error.issues], error.details),
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const issues: InputIssue[] = error.validation.map((v) => {
      const field = formatPath(
        v.instancePath
          .split('/')
          .filter(Boolean)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      );
      return {
        file: part,
        item: null,
        field: field || null,
        code: `schema_${v.keyword}`,
        severity: 'error',
        message: bilingualIssue(field, v.message ?? v.keyword),
      };
    });
    return sendProblem(
      reply,
      problem(
        'validation_failed',
        { zh: '请求内容有误,请检查所列字段', en: 'the request is invalid; see the fields listed' },
        400,
        id,
        issues,
      ),
    );
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return sendProblem(
      reply,
      problem(
        'rate_limited',
        { zh: '请求过于频繁,请稍后再试', en: 'too many requests; try again later' },
        429,
        id,
      ),
    );
  }
  if (
    status === 413 ||
    error.code === 'FST_REQ_FILE_TOO_LARGE' ||
    error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
  ) {
    return sendProblem(
      reply,
      problem('payload_too_large', { zh: '上传内容过大', en: 'the upload is too large' }, 413, id),
    );
  }
  if (status === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendProblem(
      reply,
      problem('unsupported_media_type', { zh: '不支持的内容类型', en: 'unsupported content type' }, 415, id),
    );
  }
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, bad content length): name them, never 500.
    return sendProblem(
      reply,
      problem(
        'bad_request',
        { zh: `请求无效:${error.message}`, en: `bad request: ${error.message}` },
        status,
        id,
      ),
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    reply,
    problem(
      'internal_error',
      {
        zh: '服务器内部错误,请联系管理员并提供请求编号',
        en: 'internal server error; give the administrator the request id',
      },
      500,
      id,
    ),
  );
}
