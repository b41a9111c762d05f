import { expect, test, type Page } from '@playwright/test';
import { DEMO_LOGINS } from '../src/modules/demo/logins.js';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

/** Kim's page, as the wijkcoach finds it from the start page. */
let kimPath = '';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function clientPathFor(page: Page, name: RegExp): Promise<string> {
  const res = await page.request.get('/api/clients');
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { clients?: { id: string; firstName: string; lastName: string }[] } | { id: string; firstName: string; lastName: string }[];
  const list = Array.isArray(body) ? body : (body.clients ?? []);
  const found = list.find((c) => name.test(`${c.firstName} ${c.lastName}`));
  if (!found) throw new Error(`no client ${name}`);
  return `/clienten/${found.id}`;
}

test('a professional makes a crisis plan, and it is shown', async ({ page }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto('/');
  const kim = page.getByRole('table', { name: 'Mijn cliënten' }).getByRole('link', { name: 'Kim Hofman', exact: true });
  kimPath = (await kim.getAttribute('href')) ?? '';
  expect(kimPath).toMatch(/^\/clienten\/[0-9a-f-]{36}$/);

  await page.goto(`${kimPath}/plan/crisis`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisisplan');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Crisisplan opslaan' }).click();
  await expect(page.locator('.samenspel-error-summary')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Signalen dat het minder goed gaat').fill('Kim maakt de post niet meer open\nZe slaapt slecht');
  await page.getByLabel('Wat helpt dan').fill('Samen met Jessica de post sorteren');
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Huisarts De Linde');
  await page.getByLabel('Wat doet deze persoon?').fill('Belt terug bij zorgen');
  await page.getByLabel('Telefoonnummer').fill('030 1234567');
  await page.getByLabel('Wanneer kijken jullie het plan opnieuw na?').fill(inDays(60));
  await page.getByRole('button', { name: 'Crisisplan opslaan' }).click();
  await expect(page.getByText('Het crisisplan is opgeslagen.')).toBeVisible();

  const signs = page.getByRole('region', { name: 'Signalen dat het minder goed gaat' });
  await expect(signs).toContainText('Kim maakt de post niet meer open');
  const people = page.getByRole('region', { name: 'Wie doet wat' });
  await expect(people).toContainText('Huisarts De Linde');
  await expect(people.getByRole('link', { name: '030 1234567' })).toHaveAttribute('href', 'tel:0301234567');
  await expect(page.getByRole('button', { name: 'Nagekeken, klopt nog' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The list of crisis plans to look at again: Kim's is fresh, so it is not on it.
  await page.goto('/crisisplannen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisisplannen om na te kijken');
  await expect(page.getByRole('main')).not.toContainText('Kim Hofman');
  await expectNoAxeViolations(page);
});

test('the plan document shows the goals, agreements and crisis plan, ready to print', async ({ page }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto(`${kimPath}/plan/document`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het plan van Kim Hofman');
  await expect(page.getByRole('heading', { name: 'Geld', level: 3 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ik wil overzicht over mijn geld.');
  await expect(page.getByRole('main')).toContainText('Samen de post van de week sorteren');
  await expect(page.getByRole('main')).toContainText('Huisarts De Linde');
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' })).toBeVisible();
  await expectNoAxeViolations(page);
  // In print the buttons and links to other pages are gone; the plan stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Doelen' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('the plan is closed with a summary for the network and opened again', async ({ page }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto(`${kimPath}/plan/continuiteit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie neemt het over, en afronden');
  await expect(page.getByTestId('plan-status')).toHaveText('Het plan loopt.');
  await expectNoAxeViolations(page);

  await page.getByLabel('Wie doet het nu').selectOption({ label: 'Jessica Hofman (zus)' });
  await page.getByLabel('Welke rol of taak').fill('Sorteert samen met Kim de post');
  await page.getByLabel('Wie neemt het over', { exact: true }).selectOption({ label: 'Priya Ramdin (vriendin)' });
  await page.getByLabel('Wanneer', { exact: true }).fill('Als Jessica op vakantie is');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Opgeslagen: Sorteert samen met Kim de post.')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Als Jessica op vakantie is');

  await page.getByLabel('Samenvatting voor de kring').fill('Kim heeft weer overzicht over haar geld. Jessica blijft helpen met de post.');
  await page.getByRole('button', { name: 'Plan afronden' }).click();
  await expect(page.getByText('Het plan is afgerond. De kring krijgt een bericht.')).toBeVisible();
  await expect(page.getByTestId('plan-status')).toContainText('Het plan is afgerond op');
  await expect(page.getByRole('main')).toContainText('Kim heeft weer overzicht over haar geld.');
  await expectNoAxeViolations(page);

  await page.getByLabel('Waarom gaat het plan weer open?').fill('Er zijn nieuwe rekeningen gekomen.');
  await page.getByRole('button', { name: 'Plan weer openen' }).click();
  await expect(page.getByText('Het plan is weer open.')).toBeVisible();
  await expect(page.getByTestId('plan-status')).toHaveText('Het plan loopt.');
  await expect(page.getByRole('main')).toContainText('Weer geopend op');
  await expectNoAxeViolations(page);
  await logout(page);
});

test('a young person of 14 writes down a toekomstplan conversation in pictures', async ({ page }) => {
  const milan = DEMO_LOGINS.find((l) => l.name === 'Milan de Bruin');
  if (!milan) throw new Error('no demo log-in for Milan');
  await login(page, milan.email, DEMO_PASSWORD);
  const milanPath = await clientPathFor(page, /Milan de Bruin/);
  await page.goto(`${milanPath}/plan/toekomst`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toekomstplan');
  await expectNoAxeViolations(page);

  await page.getByLabel('Naam 1').fill('Milan');
  await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
  await page.getByLabel('Naam 2').fill('Noah');
  await page.getByLabel('Wie is persoon 2').selectOption('ervaringsdeskundige');
  await page.getByLabel('Waar praatten jullie over?').fill('Weer naar school\nVoetballen');
  await page.getByLabel('Waar praatten jullie nog niet over?').fill('Geld');
  await page.getByLabel('Wens 1', { exact: true }).fill('Naar een andere school');
  await page.getByRole('radio', { name: 'Plaatjes' }).check();
  await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(page.locator('.samenspel-error-summary')).toContainText('Kies minstens één plaatje');
  await page.getByRole('checkbox', { name: 'School' }).check();
  await page.getByRole('checkbox', { name: 'Sport' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(page.getByText('Het gesprek is opgeslagen.')).toBeVisible();

  const card = page.getByRole('article').filter({ hasText: 'Noah (ervaringsdeskundige)' });
  await expect(card).toContainText('Weer naar school');
  await expect(card).toContainText('Geld');
  await expect(card).toContainText('mag veranderen');
  await expect(card.getByRole('list', { name: 'Gekozen plaatjes' })).toContainText('School');
  await expectNoAxeViolations(page);
  await logout(page);
});
