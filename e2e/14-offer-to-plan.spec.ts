import { expect, test } from '@playwright/test';
import { demoEmail } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD, demo } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

// Sanne (wijkcoach) works with Kim; Kim has an account and says herself how it went.
const KIM = demoEmail('Kim Hofman');

test('a professional finds an offer for a client and puts it in her plan; the client says how it went', async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, demo('professional').email, DEMO_PASSWORD);

  // Find it on the sociale kaart.
  await page.goto('/sociale-kaart');
  await page.getByLabel('Waar zoek je naar?').fill('samen eten');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('link', { name: 'Samen eten in de wijk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen eten in de wijk');
  // Too few experiences yet to show figures: nobody can be recognised from them.
  await expect(page.getByText(/Nog te weinig ervaringen om te tonen/)).toBeVisible();

  // Put it in Kim's plan as a referral; a missing choice is explained at the field first.
  const toPlan = page.getByRole('region', { name: 'Zet in een plan' });
  await toPlan.getByRole('button', { name: 'Zet in het plan' }).click();
  await expect(toPlan.getByText('Kies voor wie.').first()).toBeVisible();
  await toPlan.getByLabel('Voor wie?').selectOption({ label: 'Kim Hofman' });
  await toPlan.getByLabel('Als aanmelding: ik heb je aangemeld').check();
  await toPlan.getByRole('button', { name: 'Zet in het plan' }).click();
  await expect(page.getByText('Staat in het plan van Kim Hofman.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Naar het plan van Kim Hofman' }).click();
  await expect(page).toHaveURL(/\/clienten\/[0-9a-f-]{36}\/plan$/);
  const planUrl = new URL(page.url()).pathname;
  const card = page.getByRole('article').filter({ hasText: 'Aangemeld bij:' }).filter({ hasText: 'Samen eten in de wijk' }).last();
  await expect(card).toContainText('Nog niet bekend hoe het ging.');
  await expect(card.getByRole('link', { name: 'Samen eten in de wijk' })).toBeVisible();
  await logout(page);

  // Kim reads it in her own plan and says it went.
  await login(page, KIM, DEMO_PASSWORD);
  await page.goto(planUrl);
  const hers = page.getByRole('article').filter({ hasText: 'Aangemeld bij:' }).filter({ hasText: 'Samen eten in de wijk' }).last();
  await hers.getByRole('button', { name: 'Ging' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Samen eten in de wijk' }).last()).toContainText('Het ging: er is iemand naartoe gegaan.');
  await expectNoAxeViolations(page);
});
