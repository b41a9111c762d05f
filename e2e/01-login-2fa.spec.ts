import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { acknowledgeRecoveryCodes, completeEnrolment, enterCode, expectNoAxeViolations, fillLogin, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

test('the login page is accessible and refuses a wrong password without saying whether the account exists', async ({ page }) => {
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillLogin(page, demo('professional').email, 'Helemaal-Fout-Wachtwoord-1');
  await expect(page.getByText('E-mailadres of wachtwoord klopt niet').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await fillLogin(page, 'niemand@voorbeeld.test', 'Helemaal-Fout-Wachtwoord-1');
  await expect(page.getByText('E-mailadres of wachtwoord klopt niet').first()).toBeVisible();
});

test('a demo professional links an authenticator app at first log-in and sees their clients', async ({ page }) => {
  const prof = demo('professional');
  await fillLogin(page, prof.email, DEMO_PASSWORD);
  await page.waitForURL('**/inloggen/tweestapsverificatie');
  await expect(page.getByRole('img', { name: /QR/i })).toBeVisible();
  await expectNoAxeViolations(page);
  await completeEnrolment(page, prof.email);
  await expectNoAxeViolations(page);
  const codes = await page.getByTestId('recovery-codes').locator('li').count();
  expect(codes).toBe(10);
  await acknowledgeRecoveryCodes(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const clients = page.getByRole('main').getByRole('link').filter({ hasNotText: /instellingen|wie bekeek/i });
  await expect(clients.first()).toBeVisible();
  await expectNoAxeViolations(page);

  await clients.first().click();
  await page.waitForURL('**/clienten/**');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});

test('the demo professional logs in again with a code from the app', async ({ page }) => {
  const prof = demo('professional');
  await fillLogin(page, prof.email, DEMO_PASSWORD);
  await page.waitForURL('**/inloggen/code');
  await expectNoAxeViolations(page);
  await page.getByLabel('Code uit je app').fill('000000');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText(/code klopt niet/i).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await enterCode(page, prof.email);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
});
