import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

/** The client's page, as the wijkcoach finds it from the start page. */
let clientPath = '';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a professional records a refusal and a safety exception, and reads the access log', async ({ page }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.goto('/');
  const kim = page.getByRole('table', { name: 'Mijn cliënten' }).getByRole('link', { name: 'Kim Hofman', exact: true });
  clientPath = (await kim.getAttribute('href')) ?? '';
  expect(clientPath).toMatch(/^\/clienten\/[0-9a-f-]{36}$/);

  await page.goto(`${clientPath}/weigeringen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie de cliënt er nu niet bij wil');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Weigering vastleggen' }).click();
  await expect(page.locator('.samenspel-error-summary')).toBeVisible();
  await page.getByLabel('Naam van de persoon').fill('Jessie Verzonnen');
  await page.getByLabel('Wie is dit voor de cliënt?').fill('nicht');
  await page.getByLabel('Waarom wil de cliënt dit niet?').fill('Ik wil eerst zelf weer contact zoeken.');
  await page.getByLabel('Wanneer praten jullie er opnieuw over?').fill(inDays(30));
  await page.getByRole('button', { name: 'Weigering vastleggen' }).click();
  await expect(page.getByText('De weigering van Jessie Verzonnen is vastgelegd.')).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: 'Jessie Verzonnen (nicht)' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Besproken, blijft zo' })).toBeVisible();
  // Withdrawing is the client's own choice.
  await expect(card.getByRole('button', { name: 'Weigering intrekken' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`${clientPath}/veiligheid/nieuw`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gegevens inzien zonder toestemming');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Vastleggen en toegang krijgen' }).click();
  await expect(page.locator('.samenspel-error-summary')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Kindveiligheid/).check();
  await page.getByLabel('Gevoelige gegevens').check();
  await page.getByLabel('Leg uit waarom je niet kunt wachten op toestemming').fill('De school belde over zorgen thuis; ik moet nu de gevoelige notities lezen om te kunnen handelen.');
  await page.getByLabel('Ja, de cliënt hoort het na de beoordeling').check();
  await page.getByRole('button', { name: 'Vastleggen en toegang krijgen' }).click();
  await expect(page.getByText(/Vastgelegd\. Je hebt toegang tot/)).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Door jou' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`${clientPath}/toegangslog`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegangslog van deze cliënt');
  await expect(page.getByRole('listitem').filter({ hasText: 'weigering vastgelegd' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});

test('the team lead reviews the exception', async ({ page }) => {
  await login(page, demo('teamleider').email, DEMO_PASSWORD);
  await page.goto('/veiligheid/beoordelen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veiligheidsuitzonderingen om te beoordelen');
  await expectNoAxeViolations(page);
  await page.getByRole('row').filter({ hasText: demo('professional').name }).first().getByRole('link', { name: 'Beoordelen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veiligheidsuitzondering beoordelen');
  await expect(page.getByRole('main')).toContainText('De school belde over zorgen thuis');
  await expectNoAxeViolations(page);
  await page.getByLabel('Terecht: het was nodig').check();
  await page.getByLabel('Waarom vind je dat?').fill('Direct handelen was nodig, goed onderbouwd.');
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(page.getByText('De beoordeling is opgeslagen. De cliënt krijgt een bericht.')).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});

test('the client withdraws the refusal', async ({ page }) => {
  await login(page, demo('client').email, DEMO_PASSWORD);
  await page.goto(`${clientPath}/weigeringen`);
  const card = page.getByRole('article').filter({ hasText: 'Jessie Verzonnen (nicht)' });
  await card.getByRole('button', { name: 'Weigering intrekken' }).click();
  await expect(card).toContainText('Wil je de weigering van Jessie Verzonnen intrekken?');
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByText('De weigering van Jessie Verzonnen is ingetrokken.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ingetrokken weigeringen' }).getByText('Jessie Verzonnen (nicht)')).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});
