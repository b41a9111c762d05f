import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

/** Kim Hofman's page, as the wijkcoach finds it from the start page. */
let clientPath = '';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const REPORT = 'Huisbezoek bij Kim. We hebben samen de post gesorteerd. Kim belt zelf de woningcorporatie.';
const GOOD_NEWS = 'Kim heeft vandaag zelf de rekening betaald. Knap gedaan!';

test('a professional writes a report in the logbook', async ({ page }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto('/');
  const kim = page.getByRole('table', { name: 'Mijn cliënten' }).getByRole('link', { name: 'Kim Hofman', exact: true });
  clientPath = (await kim.getAttribute('href')) ?? '';
  expect(clientPath).toMatch(/^\/clienten\/[0-9a-f-]{36}$/);

  await page.goto(`${clientPath}/logboek`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek');
  await expect(page.getByText('De cliënt kan die altijd lezen en kan zeggen of het klopt.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Rapportage plaatsen' }).click();
  await expect(page.locator('.samenspel-error-summary')).toBeVisible();
  await page.getByRole('textbox', { name: 'Rapportage', exact: true }).fill(REPORT);
  await page.getByRole('button', { name: 'Rapportage plaatsen' }).click();
  await expect(page.getByText('Je rapportage staat in het logboek. De cliënt kan hem lezen.')).toBeVisible();
  const report = page.getByRole('listitem').filter({ hasText: REPORT });
  await expect(report).toContainText('De cliënt heeft nog niet gezegd of dit klopt.');
  await expectNoAxeViolations(page);
  await logout(page);
});

test('a naaste shares good news, and does not see the reports', async ({ page }) => {
  await login(page, demo('naaste').email, DEMO_PASSWORD);
  await page.goto(`${clientPath}/logboek`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek');
  await expect(page.getByText('De cliënt deelt de rapportages niet met jou.')).toBeVisible();
  await expect(page.getByText(REPORT)).toHaveCount(0);
  await page.getByRole('group', { name: 'Wat voor bericht is het?' }).getByLabel('Goed nieuws').check();
  await page.getByLabel('Je bericht').fill(GOOD_NEWS);
  await page.getByRole('button', { name: 'Bericht plaatsen' }).click();
  await expect(page.getByText('Je goede nieuws staat in het logboek.')).toBeVisible();
  await expect(page.locator('.logbook-entry--goed-nieuws').filter({ hasText: GOOD_NEWS })).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});

test('the client reads both and says the report is not quite right', async ({ page }) => {
  await login(page, demo('client').email, DEMO_PASSWORD);
  await page.goto(`${clientPath}/logboek`);
  await expect(page.locator('.logbook-entry--goed-nieuws').filter({ hasText: GOOD_NEWS })).toBeVisible();
  const report = page.getByRole('listitem').filter({ hasText: REPORT });
  await expect(report).toBeVisible();
  await expectNoAxeViolations(page);

  // Only reports, with the filter.
  await page.getByRole('group', { name: 'Laat zien' }).getByLabel('Rapportages').check();
  await expect(page.getByText(GOOD_NEWS)).toHaveCount(0);
  await expect(report).toBeVisible();

  await report.getByLabel('Nee, dit klopt niet').check();
  await report.getByRole('button', { name: 'Reactie geven' }).click();
  await expect(report.locator('.samenspel-error-summary')).toBeVisible();
  await report.getByLabel('Wat klopt er niet?').fill('Ik bel de woningcorporatie samen met Jessica.');
  await report.getByRole('button', { name: 'Reactie geven' }).click();
  await expect(page.getByText('Je reactie is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: REPORT })).toContainText('dit klopt niet, want Ik bel de woningcorporatie samen met Jessica.');
  await expectNoAxeViolations(page);
  await logout(page);
});

test('the professional plans an evaluation and holds it with the client\'s scores; the plan shows the new score', async ({ page }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto(`${clientPath}/plan/evaluaties`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluaties van het plan');
  await expectNoAxeViolations(page);
  await page.getByLabel('Datum').fill(inDays(7));
  await page.getByLabel(/^Jessica Hofman/).check();
  await page.getByLabel('Waar willen jullie over praten?').fill('Hoe gaat het met de post?');
  await page.getByRole('button', { name: 'Evaluatie plannen' }).click();
  await expect(page.getByText('De evaluatie is gepland.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Evaluatie van');
  await expectNoAxeViolations(page);

  const clientId = clientPath.split('/').pop()!;
  const before = (await (await page.request.get(`/api/clients/${clientId}/plan`)).json()) as { goals: { ownWords: string; scoreNow: number | null }[] };
  const money = before.goals.find((g) => g.ownWords === 'Ik wil overzicht over mijn geld.');
  expect(money).toBeDefined();
  const newScore = money!.scoreNow === 5 ? 6 : 5;

  const goal = page.locator('.evaluation-goal').filter({ hasText: 'Ik wil overzicht over mijn geld.' });
  await goal.getByRole('group', { name: 'Cijfer van de cliënt' }).getByLabel(String(newScore), { exact: true }).check();
  await goal.getByLabel('Cijfer van Jessica Hofman (zus)').selectOption('7');
  await goal.getByLabel('Wat ging goed bij dit doel?').fill('De post ligt niet meer op de stapel.');
  await page.getByLabel('Vertrouwen').check();
  await page.getByLabel('Praktische hulp').check();
  await page.getByLabel('Wat ging goed?', { exact: true }).fill('Fijn gesprek aan de keukentafel.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  await expect(page.getByText('De evaluatie is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Evaluatie, gehouden op');
  const record = page.locator('.evaluation-goal').filter({ hasText: 'Ik wil overzicht over mijn geld.' });
  await expect(record).toContainText(`Cijfer van de cliënt: ${newScore}`);
  await expect(record).toContainText('Jessica Hofman (zus): 7');
  await expect(record.locator('svg[role="img"]')).toBeVisible();
  await expectNoAxeViolations(page);

  const after = (await (await page.request.get(`/api/clients/${clientId}/plan`)).json()) as { goals: { ownWords: string; scoreNow: number | null }[] };
  expect(after.goals.find((g) => g.ownWords === 'Ik wil overzicht over mijn geld.')?.scoreNow).toBe(newScore);

  await page.goto(`${clientPath}/plan/evaluaties`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Gehouden op' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});
