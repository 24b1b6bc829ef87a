/**
 * API errors: one envelope for every failure, `{ error: { code, message, issues: [{ path, message }] } }`,
 * with extra fields where they help (the diagnosis of an infeasible plan, the run it belongs to).
 * The error handler turns every thrown or framework error into it; an unexpected error is a 500
 * (a bug: tests send random input to every route to keep it from happening).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatPath, type EngineError, type Issue } from '../engine/errors.ts';

export const IssueSchema = z.object({ path: z.string(), message: z.string() });

export const ErrorBodySchema = z
  .object({
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        issues: z.array(IssueSchema),
      })
      .loose(),
  })
  .loose()
  .meta({ id: 'Error', description: 'Every error: a stable code, a message and, for bad input, the field paths and reasons.' });

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues: readonly Issue[]; readonly [extra: string]: unknown };
  readonly [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues: readonly Issue[] = [],
    /** Extra members of `error` (e.g. `diagnosis`). */
    readonly details: Readonly<Record<string, unknown>> = {},
    /** Extra top-level members of the body (e.g. `runId`). */
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, issues: [...this.issues], ...this.details }, ...this.extra };
  }
}

/** A value of the input as an error message may show it: quoted, and cut short when long. */
export function quoted(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

/** The most an error body may be: clients and logs never receive an amplified copy of the input. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_MESSAGE = 1000;
const MAX_ISSUE_MESSAGE = 500;
const MAX_PATH = 200;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text);

/**
 * An error body within budget: the first `maxIssues` issues (and a last one counting the rest),
 * messages and paths cut short, and, should the extras (a diagnosis) still make it larger than
 * `MAX_ERROR_BODY_BYTES`, only the code, message and issues.
 */
export function boundErrorBody(body: ErrorBody, maxIssues: number, issueCount = body.error.issues.length): string {
  const issues = body.error.issues.slice(0, maxIssues).map((i) => ({ path: cut(i.path, MAX_PATH), message: cut(i.message, MAX_ISSUE_MESSAGE) }));
  const rest = issueCount - issues.length;
  if (rest > 0) issues.push({ path: '(more)', message: `and ${rest} more problem${rest > 1 ? 's' : ''} (the first ${maxIssues} are listed)` });
  const error = { ...body.error, message: cut(body.error.message, MAX_MESSAGE), issues };
  const text = JSON.stringify({ ...body, error });
  if (text.length <= MAX_ERROR_BODY_BYTES) return text;
  return JSON.stringify({ error: { code: error.code, message: error.message, issues } });
}

export const badRequest = (message: string, issues: readonly Issue[] = [], code = 'invalid_request') => new ApiError(400, code, message, issues);
export const notFound = (code: string, message: string) => new ApiError(404, code, message);

/** An engine input error (scenario syntax, schema, consistency) as a 400; paths get `prefix`. */
export function engineInputError(error: EngineError, prefix: string): ApiError {
  const at = (path: string) => (prefix === '' ? path : path === '(root)' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`);
  const issues = (error.issues ?? []).map((i) => ({ path: at(i.path), message: i.message }));
  return new ApiError(400, error.code, error.message, issues.length > 0 ? issues : [{ path: prefix === '' ? '(root)' : prefix, message: error.message }]);
}

/** `/a/0/b` (a JSON pointer from the validator) → `a[0].b`, prefixed by where it was (body, querystring…). */
function pointerToPath(context: string | undefined, pointer: string): string {
  const keys: PropertyKey[] = pointer
    .split('/')
    .filter((k) => k !== '')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
  const path = formatPath(keys);
  if (context === undefined || context === 'body') return path;
  return path === '(root)' ? context : `${context}.${path}`;
}

/** Issues formatted from a validation error (the body lists fewer: `maxIssues`). */
const MAX_FORMATTED_ISSUES = 1000;

const FRAMEWORK_CODES: Readonly<Record<string, { status: number; code: string; message?: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'the body is empty but its content type is application/json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'bad_request' },
};

/** The envelope and status for any error. */
export function toErrorResponse(error: unknown, limit: number): { status: number; body: ErrorBody; headers: Readonly<Record<string, string>>; issueCount?: number } {
  if (error instanceof ApiError) return { status: error.statusCode, body: error.body(), headers: error.headers };
  const e = error as Partial<FastifyError> & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(e)) {
    // Only the first issues are formatted (the body keeps at most these); the count is of all.
    const issues = e.validation.slice(0, MAX_FORMATTED_ISSUES).map((v) => ({ path: pointerToPath(e.validationContext, v.instancePath), message: v.message ?? 'invalid' }));
    const n = e.validation.length;
    return { status: 400, body: { error: { code: 'invalid_request', message: `invalid request (${n} problem${n > 1 ? 's' : ''})`, issues } }, headers: {}, issueCount: n };
  }
  const known = e.code === undefined ? undefined : FRAMEWORK_CODES[e.code];
  if (known !== undefined) {
    const message = known.code === 'body_too_large' ? `the request body is larger than the limit of ${limit} bytes` : (known.message ?? e.message ?? known.code);
    return { status: known.status, body: { error: { code: known.code, message, issues: [] } }, headers: {} };
  }
  if (error instanceof SyntaxError) {
    return { status: 400, body: { error: { code: 'invalid_json', message: `the body is not valid JSON: ${e.message ?? 'syntax error'}`, issues: [] } }, headers: {} };
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const code = e.code === undefined ? 'bad_request' : e.code.replace(/^FST_ERR_/, '').toLowerCase();
    return { status: e.statusCode, body: { error: { code, message: e.message ?? 'bad request', issues: [] } }, headers: {} };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'internal error: this is a bug; please report it with the request that caused it', issues: [] } }, headers: {} };
}

export function installErrorHandlers(app: FastifyInstance, o: { readonly bodyLimit: number; readonly maxIssues: number }): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, headers, issueCount } = toErrorResponse(error, o.bodyLimit);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    else request.log.debug({ code: body.error.code }, 'request rejected');
    void reply.code(status).headers(headers).type('application/json; charset=utf-8').send(boundErrorBody(body, o.maxIssues, issueCount));
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const body: ErrorBody = { error: { code: 'not_found', message: `no route ${request.method} ${quoted(request.url.split('?')[0] ?? '', 200)}`, issues: [] } };
    void reply.code(404).type('application/json; charset=utf-8').send(boundErrorBody(body, o.maxIssues));
  });
}
