import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, linkFromOutbox, login, logout } from './support.js';

// A professional of another organisation (Welzijn) who is not yet in Kim's circle (src/modules/demo).
const KARIN = 'karin.oosting@voorbeeld.test';

test('a client invites a professional of another organisation, who joins with her own account', async ({ page, browser }) => {
  await login(page, demo('client').email, DEMO_PASSWORD);
  await page.getByRole('main').getByRole('link', { name: 'Naar mijn kring' }).click();
  await page.getByRole('link', { name: 'Iemand uitnodigen' }).first().click();
  await page.getByLabel('Naam', { exact: true }).fill('Karin Oosting');
  await page.getByLabel('E-mailadres').fill(KARIN);
  await page.getByLabel('Rol').selectOption('professional');
  await expect(page.getByText('Nodig een professional uit met het e-mailadres van zijn of haar Samenspel-account.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByText(/De uitnodiging voor Karin Oosting is verstuurd/)).toBeVisible();
  await logout(page);

  const link = await linkFromOutbox(page, KARIN);
  const context = await browser.newContext();
  const karin = await context.newPage();
  await karin.goto(link);
  // Not logged in: the page says to log in and comes back here afterwards.
  await expect(karin.getByRole('heading', { name: 'Doe mee met je eigen account' })).toBeVisible();
  await expectNoAxeViolations(karin);
  await login(karin, KARIN, DEMO_PASSWORD);
  await karin.goto(link);
  await karin.getByRole('button', { name: 'Meedoen met de kring' }).click();
  await expect(karin.getByRole('heading', { level: 2, name: 'Je doet mee' })).toBeVisible();
  // Kim invited her herself, so Kim's invitation was her decision: the professional preset applies.
  await expect(karin.getByText('Je zit nu in de kring. Je kunt zien wat er met jou gedeeld is.')).toBeVisible();
  await expectNoAxeViolations(karin);
  await karin.goto('/');
  await expect(karin.getByRole('main').getByRole('link', { name: /Kim Hofman/ }).first()).toBeVisible();
  await context.close();
});
