import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, linkFromOutbox, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

const FENNA = 'fenna.fictief@voorbeeld.test';

test('a naaste joins, fills in their card and the burden check, and says it is too much', async ({ page, browser }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.getByRole('table', { name: 'Mijn cliënten' }).getByRole('link', { name: 'Kim Hofman', exact: true }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Fenna Fictief');
  await page.getByLabel('E-mailadres').fill(FENNA);
  await page.getByLabel('Rol').selectOption('naaste');
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByText(/De uitnodiging voor Fenna Fictief is verstuurd/)).toBeVisible();
  await logout(page);

  const link = await linkFromOutbox(page, FENNA);
  const context = await browser.newContext();
  const fenna = await context.newPage();
  await fenna.goto(link);
  await fenna.getByLabel('Kies een wachtwoord').fill('Pannenkoeken-Op-Zondag-12');
  await fenna.getByLabel('Herhaal het wachtwoord').fill('Pannenkoeken-Op-Zondag-12');
  await fenna.getByRole('button', { name: 'Account maken' }).click();
  await expect(fenna.getByRole('heading', { level: 1 })).toHaveText('Je account is klaar');
  await fenna.getByRole('link', { name: 'Naar de startpagina' }).click();

  // Kim has not agreed yet what Fenna may see: her own card is there all the same, without Kim's name.
  await fenna.getByRole('link', { name: 'Naastenkaart in een kring' }).click();
  await expect(fenna.getByRole('heading', { level: 1 })).toHaveText('Mijn naastenkaart');
  await expect(fenna.getByText(/Vul je naastenkaart graag in vóór/)).toBeVisible();
  await expectNoAxeViolations(fenna);

  await fenna.getByRole('button', { name: 'Naastenkaart opslaan' }).click();
  await expect(fenna.locator('#my-card-channels-error')).toBeVisible();
  await fenna.getByLabel('Bij een crisis').check();
  await fenna.getByLabel('Elke maand').check();
  await fenna.getByLabel('Telefoon').check();
  await fenna.getByLabel('Ik zorg voor iemand (mantelzorger)').check();
  await fenna.getByLabel('Wat heb je zelf nodig?').fill('Even iemand die vraagt hoe het met mij gaat.');
  await fenna.getByRole('button', { name: 'Naastenkaart opslaan' }).click();
  await expect(fenna.getByText('De naastenkaart is opgeslagen.')).toBeVisible();

  await fenna.getByLabel('8 – zwaar').check();
  await fenna.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(fenna.getByText('Dank je. Je antwoord is opgeslagen.')).toBeVisible();
  await expect(fenna.getByRole('img', { name: 'Thermometer: 8 van de 10' })).toBeVisible();
  await expectNoAxeViolations(fenna);

  await fenna.getByLabel('Wil je er iets bij zeggen? (mag leeg blijven)').fill('Ik slaap slecht.');
  await fenna.getByRole('button', { name: 'Het wordt me nu te veel' }).click();
  await expect(fenna.getByText(/De regisseur weet het/)).toBeVisible();
  await expect(fenna.getByRole('button', { name: 'Het wordt me nu te veel' })).toHaveCount(0);
  await expectNoAxeViolations(fenna);
  await context.close();
});

test('the regisseur sees the signal, and the team lead an overdue naastenkaart in the team', async ({ page }) => {
  // Sanne is Kim's regisseur: the signal is on her start page.
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: /Fenna Fictief \(kring van Kim Hofman\) laat weten dat het te veel wordt/ })).toBeVisible();
  await page.getByRole('link', { name: /Fenna Fictief \(kring van Kim Hofman\)/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Naastenkaarten');
  await expect(page.getByText('“Ik slaap slecht.”')).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);

  await login(page, demo('teamleider').email, DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Naastenkaarten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Naastenkaarten van het team');
  const row = page.getByRole('row').filter({ hasText: 'Sanne Verbeek' });
  await expect(row.getByText(/Cliënt \d+ van Sanne/)).toBeVisible();
  await expect(row.getByText('Een naaste: 9 dagen')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
});
