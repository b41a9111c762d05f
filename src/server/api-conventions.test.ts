import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../testing/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const c = new TestClient(t.app);
    const res = await c.request('POST', '/api/auth/login', undefined, { payload: '{"email": "a@b.nl", ', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'malformed-json', type: expect.stringContaining('malformed-json') });
    expect(res.json().errors[0].field).toBe('body');
  });

  it('answers an oversized body with 413', async () => {
    const c = new TestClient(t.app);
    const res = await c.request('POST', '/api/auth/login', undefined, {
      payload: JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(400 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload-too-large');
  });

  it('names the failing field in Dutch and English', async () => {
    const c = new TestClient(t.app);
    const res = await c.post('/api/auth/login', { email: 'geen-adres', password: 'x' });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.errors[0].field).toBe('email');
    expect(body.messages).toEqual({ nl: expect.any(String), en: expect.any(String) });
    expect(body.title).toBe(body.messages.nl);
    const en = await c.request('POST', '/api/auth/login', { email: 'geen-adres', password: 'x' }, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.json().title).toBe(body.messages.en);
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not-found');
  });

  it('echoes a request id, generating one when none is given', async () => {
    const given = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'test-request-12345' } });
    expect(given.headers['x-request-id']).toBe('test-request-12345');
    const made = await t.app.inject({ method: 'GET', url: '/health' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': '<script>' } });
    expect(bad.headers['x-request-id']).not.toBe('<script>');
  });

  it('serves health, readiness and an OpenAPI 3.1 document', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = (await t.app.inject({ method: 'GET', url: '/ready' })).json();
    expect(ready.status).toBe('ready');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/clients/{id}', '/api/admin/users']));
  });

  it('sends security headers and a strict Content-Security-Policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    const api = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(api.headers['cache-control']).toBe('no-store');
  });
});
