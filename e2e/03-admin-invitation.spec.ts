import { expect, test, type Page } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

/** Reads the newest mail to an address in the administrator's outbox and returns the first link. */
async function linkFromOutbox(page: Page, to: string): Promise<string> {
  await login(page, demo('beheerder').email, DEMO_PASSWORD);
  await page.goto('/beheer/uitgaande-mail');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('row').filter({ hasText: to }).first().getByRole('link').first().click();
  await expect(page.getByRole('main')).toContainText('Hallo');
  const body = await page.getByRole('main').innerText();
  const m = /https?:\/\/\S+/.exec(body.slice(body.indexOf('Hallo')));
  if (!m) throw new Error(`no link in mail to ${to}`);
  await logout(page);
  return new URL(m[0]).pathname + new URL(m[0]).search;
}

test('an administrator manages organisations and users', async ({ page }) => {
  await login(page, demo('beheerder').email, DEMO_PASSWORD);
  await page.goto('/beheer/organisaties');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Wijkteam/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/beheer/gebruikers');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: demo('professional').email })).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});

test('a professional invites a naaste, who makes an account with the link once', async ({ page, browser }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.getByRole('main').getByRole('link', { name: /Kim Hofman/ }).first().click();
  await page.getByLabel(/naam/i).first().fill('Ferry Fictief');
  await page.getByLabel(/e-mailadres/i).first().fill('ferry.fictief@voorbeeld.test');
  const role = page.getByLabel(/rol/i).first();
  if ((await role.evaluate((el) => el.tagName)) === 'SELECT') await role.selectOption('naaste');
  await page.getByRole('button', { name: /uitnodig|versturen|stuur/i }).click();
  await expect(page.getByText(/verstuurd|uitnodiging is/i).first()).toBeVisible();
  await logout(page);

  const link = await linkFromOutbox(page, 'ferry.fictief@voorbeeld.test');
  expect(link).toMatch(/^\/uitnodiging\//);

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(guest);
  await guest.getByLabel('Kies een wachtwoord').fill('Pannenkoeken-Op-Zondag-12');
  await guest.getByLabel('Herhaal het wachtwoord').fill('Pannenkoeken-Op-Zondag-12');
  await guest.getByRole('button', { name: 'Account maken' }).click();
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Je account is klaar');
  await expectNoAxeViolations(guest);
  await guest.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(guest.getByRole('main').getByRole('link', { name: /Kim Hofman/ }).first()).toBeVisible();
  await guestContext.close();

  const againContext = await browser.newContext();
  const again = await againContext.newPage();
  await again.goto(link);
  await expect(again.getByText(/al gebruikt/i).first()).toBeVisible();
  await expectNoAxeViolations(again);
  await againContext.close();
});

test('someone who forgot their password sets a new one through the e-mailed link', async ({ page }) => {
  await page.goto('/wachtwoord-vergeten');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('E-mailadres').fill('ferry.fictief@voorbeeld.test');
  await page.getByRole('button', { name: /stuur|verstuur|versturen/i }).click();
  await expect(page.getByText(/Als dit adres bij ons bekend is/i).first()).toBeVisible();

  const link = await linkFromOutbox(page, 'ferry.fictief@voorbeeld.test');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const fields = page.getByLabel(/wachtwoord/i);
  await fields.nth(0).fill('Fietsen-Langs-De-Vecht-2026');
  if ((await fields.count()) > 1) await fields.nth(1).fill('Fietsen-Langs-De-Vecht-2026');
  await page.getByRole('button', { name: /opslaan|bewaar|wachtwoord/i }).click();
  await expect(page.getByText(/nieuwe wachtwoord|is veranderd|is opgeslagen|gewijzigd/i).first()).toBeVisible();
  await login(page, 'ferry.fictief@voorbeeld.test', 'Fietsen-Langs-De-Vecht-2026');
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
});
