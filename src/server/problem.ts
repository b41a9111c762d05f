import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem, type Messages } from '../platform/errors.js';
import { requestLocale } from './locale.js';

const PROBLEM_BASE = 'https://samenspel.nl/problemen/';

interface Problem {
  status: number;
  code: string;
  messages: Messages;
  fields: FieldProblem[];
  extra: Record<string, unknown>;
}

const problem = (status: number, code: string, nl: string, en: string, fields: FieldProblem[] = []): Problem => ({
  status,
  code,
  messages: { nl, en },
  fields,
  extra: {},
});

/** zod/JSON-schema paths like "/body/email" or "email" become a plain field name. */
function fieldName(path: string | undefined, fallback: string): string {
  const clean = (path ?? '').replace(/^\//, '').replace(/^(body|querystring|params|headers)[./]?/, '').replace(/\//g, '.');
  return clean || fallback;
}

function fromValidation(err: FastifyError): Problem {
  const fields: FieldProblem[] = (err.validation ?? []).map((v) => {
    const params = v.params as { issue?: { path?: PropertyKey[] }; missingProperty?: string } | undefined;
    const issuePath = params?.issue?.path?.map(String).join('.');
    const field = fieldName(v.instancePath, issuePath || params?.missingProperty || 'body');
    return { field, nl: `Dit veld klopt niet: ${v.message ?? ''}`, en: `This field is not valid: ${v.message ?? ''}` };
  });
  return { ...problem(422, 'validation', 'Niet alle gegevens kloppen.', 'Some of the information is not valid.'), fields };
}

export function toProblem(err: unknown): Problem {
  if (err instanceof AppError) return { status: err.status, code: err.code, messages: err.messages, fields: err.fields, extra: err.extra };
  const e = err as FastifyError;
  if (e.validation) return fromValidation(e);
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'malformed-json', 'De verstuurde gegevens zijn geen geldige JSON.', 'The request body is not valid JSON.', [
        { field: 'body', nl: 'Geen geldige JSON.', en: 'Not valid JSON.' },
      ]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'payload-too-large', 'De verstuurde gegevens zijn te groot.', 'The request body is too large.', [
        { field: 'body', nl: 'Te groot.', en: 'Too large.' },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(415, 'unsupported-media-type', 'Stuur de gegevens als JSON.', 'Send the data as JSON.');
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return problem(403, 'csrf', 'De pagina is verlopen. Laad de pagina opnieuw en probeer het nog eens.', 'The page has expired. Reload the page and try again.');
  }
  if (e.statusCode === 429) return problem(429, 'too-many-requests', 'Te veel verzoeken. Wacht even en probeer het opnieuw.', 'Too many requests. Wait a moment and try again.');
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return problem(e.statusCode, 'bad-request', 'Dit verzoek klopt niet.', 'This request is not valid.');
  }
  return problem(500, 'internal', 'Er ging iets mis bij ons. Probeer het later opnieuw.', 'Something went wrong on our side. Please try again later.');
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, p: Problem): FastifyReply {
  const locale = requestLocale(req);
  if (p.status === 429 && typeof p.extra.retryAfterSeconds === 'number') reply.header('retry-after', String(p.extra.retryAfterSeconds));
  return reply
    .code(p.status)
    .type('application/problem+json')
    .send({
      type: `${PROBLEM_BASE}${p.code}`,
      title: p.messages[locale],
      status: p.status,
      detail: p.messages[locale],
      instance: req.url.split('?')[0],
      code: p.code,
      requestId: req.id,
      messages: p.messages,
      ...(p.fields.length ? { errors: p.fields.map((f) => ({ ...f, message: f[locale] })) } : {}),
      ...p.extra,
    });
}

export const notFoundProblem = () => problem(404, 'not-found', 'Deze pagina of dit adres bestaat niet.', 'This page or address does not exist.');
