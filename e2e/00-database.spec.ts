import { expect, test } from '@playwright/test';

// The suite runs once on the embedded database and once on PostgreSQL; make sure it really does.
test('the server under test runs on the intended database', async ({ request }) => {
  const ready = await (await request.get('/ready')).json();
  expect(ready).toEqual({ status: 'ready', database: process.env.E2E_DATABASE_URL ? 'postgres' : 'pglite' });
});
