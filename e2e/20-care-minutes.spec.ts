import { expect, test, type Page } from '@playwright/test';
import { demoEmail, demoPerson } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

const email = (key: string) => demoEmail(demoPerson(key).name);

async function heading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/**
 * Minutes go out and an action point gets done: the chair sees the late minutes of the demo
 * meeting of nine days ago, the secretary writes them with an action for Sanne and sends them,
 * Sanne reads them from her start page and closes her action point there.
 */
test('late minutes are written with an action, sent, read, and the action is closed by its owner', async ({ page }) => {
  test.setTimeout(120_000);
  const action = `Ouders uitnodigen voor een gesprek ${Date.now() % 10_000}`;

  await login(page, email('fatima'), DEMO_PASSWORD);
  await page.goto('/zorgnetwerken/verslagen-te-laat');
  await heading(page, 'Verslagen die te laat zijn');
  const row = page.getByRole('row').filter({ hasText: '2 dagen' }).first();
  await expect(row).toBeVisible();
  const minutesUrl = await row.getByRole('link').getAttribute('href');
  const secretaryName = (await row.getByRole('cell').nth(3).innerText()).trim();
  await expectNoAxeViolations(page);
  await logout(page);

  // The secretary finds the minutes to send on their start page.
  await login(page, demoEmail(secretaryName), DEMO_PASSWORD);
  await page.getByRole('region', { name: 'Mijn actiepunten uit zorgnetwerken' }).locator(`a[href="${minutesUrl}"]`).click();
  await heading(page, /^Verslag: /);
  await expect(page.getByText(/Te laat: het verslag had uiterlijk/)).toBeVisible();
  await expectNoAxeViolations(page);
  const first = page.getByRole('region', { name: /^1\. / });
  await first.getByLabel('Verslag', { exact: true }).fill('Winkeliers en jongerenwerk praten samen met de groep. De wijkagent komt vaker langs.');
  await first.getByLabel('Besluiten').fill('Over zes weken kijken we of de overlast minder is.');
  await first.getByRole('button', { name: 'Opslaan' }).click();
  await expect(first.getByText(/Opgeslagen om/)).toBeVisible();
  await first.getByLabel('Wat moet er gebeuren?').fill(action);
  await first.getByLabel('Wie doet het?').selectOption({ label: 'Sanne Verbeek (Wijkteam Beekdal)' });
  await first.getByLabel('Klaar op').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await first.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await expect(first.getByText(action)).toBeVisible();
  await expect(first.getByLabel('Verslag', { exact: true })).toHaveValue(/Winkeliers en jongerenwerk/);
  await page.getByRole('button', { name: 'Verslag versturen' }).click();
  await expect(page.getByText('Het verslag is verstuurd. De leden krijgen een bericht.')).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);

  await login(page, email('sanne'), DEMO_PASSWORD);
  const section = page.getByRole('region', { name: 'Mijn actiepunten uit zorgnetwerken' });
  await expect(section.getByText(action)).toBeVisible();
  await expectNoAxeViolations(page);
  await section.getByRole('link', { name: /^Verslag klaar: / }).first().click();
  await heading(page, /^Verslag: /);
  await expect(page.getByText('Winkeliers en jongerenwerk praten samen met de groep. De wijkagent komt vaker langs.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/');
  await section.getByRole('button', { name: `Klaar: ${action}` }).click();
  await expect(section.getByText(`Klaar gemeld: ${action}`)).toBeVisible();
  await expect(section.getByRole('button', { name: `Klaar: ${action}` })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

/** A member logs a signal (a possible name needs a tick), then sees the partner survey's results with the bars. */
test('signals without personal data and the partner survey results', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, email('sanne'), DEMO_PASSWORD);
  await page.goto('/signalen');
  await heading(page, 'Signalen en trends');
  // Sanne sits in more than one network; the demo signals are those of Netwerk 12-18.
  await expect(page.getByRole('heading', { name: 'Nieuw signaal' })).toBeVisible();
  const choose = page.getByRole('combobox', { name: 'Netwerk', exact: true });
  if (await choose.count()) await choose.selectOption({ label: 'Netwerk 12-18' });
  await expect(page.getByText('Overlast bij het winkelcentrum')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Korte titel').fill('Jongeren zonder plek na school');
  await page.getByLabel('Wat zie je?').fill('Bij het Veenwijk College hangen na school steeds meer jongeren rond. Bel 06-12345678.');
  await page.getByRole('button', { name: 'Signaal opslaan' }).click();
  await expect(page.getByText(/telefoonnummer/).first()).toBeVisible();
  await page.getByLabel('Wat zie je?').fill('Bij het Veenwijk College hangen na school steeds meer jongeren rond.');
  await page.getByRole('button', { name: 'Signaal opslaan' }).click();
  await expect(page.getByText(/Staat hier een naam van een persoon/).first()).toBeVisible();
  await page.getByLabel('Ik heb het nagekeken: hier staan geen gegevens over een persoon in.').check();
  await page.getByRole('button', { name: 'Signaal opslaan' }).click();
  await expect(page.getByRole('heading', { name: /Jongeren zonder plek na school/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /^Enquête voor de partners van / }).click();
  await heading(page, /^Enquête: /);
  await page.getByRole('button', { name: /Bekijk de uitslag/ }).click();
  await expect(page.getByText('4 mensen hebben geantwoord.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Helemaal oneens: \d/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
