import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test('a client sees in plain Dutch who looked at their data', async ({ page }) => {
  // The wijkcoach first opens the client's record, so there is something fresh to see.
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto('/');
  await page.getByRole('table', { name: 'Mijn cliënten' }).getByRole('link', { name: 'Kim Hofman', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kim');
  await logout(page);

  await login(page, demo('client').email, DEMO_PASSWORD);
  await expectNoAxeViolations(page);
  await page.goto('/wie-bekeek-mijn-gegevens');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const fresh = page.getByRole('listitem').filter({ hasText: new RegExp(`${demo('professional').name}.*bekeek je basisgegevens`) });
  await expect(fresh.first()).toBeVisible();

  // Filter by person: only that person's lines remain.
  await page.locator('#filter-actor').selectOption({ label: demo('naaste').name });
  await page.locator('form.samenspel-filters button[type=submit]').click();
  await expect(page.getByRole('listitem').filter({ hasText: demo('naaste').name }).first()).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: demo('professional').name })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a representative and a naaste see the people they are involved with', async ({ page }) => {
  for (const role of ['vertegenwoordiger', 'naaste', 'vrijwilliger']) {
    await login(page, demo(role).email, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await logout(page);
  }
});

test('settings, the not-found page and the English catalogue are accessible', async ({ page }) => {
  await login(page, demo('naaste').email, DEMO_PASSWORD);
  await page.goto('/instellingen');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/');
  await page.getByRole('button', { name: /English/i }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Nederlands/i }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
