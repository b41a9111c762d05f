import { expect, test, type Page } from '@playwright/test';
import { demoEmail, demoPerson } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

const email = (key: string) => demoEmail(demoPerson(key).name);

async function heading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** The care network Joost sits in, chaired by Fatima (the demo's youth network). */
async function networkOfJoost(page: Page): Promise<string> {
  const res = await page.request.get('/api/care-networks');
  expect(res.ok()).toBe(true);
  const list = (await res.json()) as { id: string; chair: { name: string } | null; myRole: { member: boolean } }[];
  const n = list.find((x) => x.myRole.member && x.chair?.name === 'Fatima El Amrani') ?? list.find((x) => x.myRole.member);
  if (!n) throw new Error('Joost sits in no care network');
  return n.id;
}

/**
 * A network member brings in three cases the three ways (with consent for the meeting, anonymous
 * with the warning on identifying text, and for safety), sees which organisations already work
 * with Milan, and hands a case over warmly; the receiver accepts it in his own account.
 */
test('cases in a care network: three modes, who is involved, and a warm hand-over', async ({ page }) => {
  test.setTimeout(120_000);
  // All of it at phone width: members bring in cases from wherever they are.
  await page.setViewportSize({ width: 375, height: 800 });
  await login(page, email('joost'), DEMO_PASSWORD);
  const networkId = await networkOfJoost(page);
  const register = `/zorgnetwerken/${networkId}/casus-inbrengen`;

  // With consent for this meeting, about Milan, a client in Joost's circle.
  await page.goto(register);
  await heading(page, 'Casus inbrengen');
  await page.getByLabel(/^Met naam en toestemming/).check();
  await page.getByLabel('Korte titel').fill('Jongen 14, thuiszitten');
  await page.getByLabel('Je vraag aan het netwerk').fill('Hij zit thuis en wil niet naar school. Wie kan helpen om weer te beginnen?');
  await page.getByLabel('Cliënt in Samenspel').selectOption({ label: 'Milan de Bruin' });
  await page.getByLabel('Een ouder').check();
  await page.getByLabel('Naam van wie toestemming gaf').fill('Sandra de Bruin');
  await page.getByLabel('Op papier of per mail').check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Casus inbrengen' }).click();
  await heading(page, 'Jongen 14, thuiszitten');
  await expect(page.getByText('De casus is ingebracht en staat op de agenda.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Milan de Bruin');
  await expect(page.getByRole('main')).toContainText('Toestemming van een ouder (Sandra de Bruin)');

  // Who is already involved: the school and youth care from Milan's circle, never what they do.
  await page.getByRole('button', { name: 'Wie is er al betrokken?' }).click();
  const involved = page.getByRole('table');
  await expect(involved).toContainText('Scholengroep Veenwijk');
  await expect(involved).toContainText('Jeugdhulp Veenwijk');
  await expectNoAxeViolations(page);

  // A warm hand-over to the school's care coordinator; it waits for his yes.
  await page.getByRole('button', { name: 'Warm overdragen' }).click();
  await page.getByLabel('Zoek op naam of organisatie').fill('Daan');
  await page.getByLabel('Wie neemt het over?').selectOption({ label: 'Daan Vermeulen (Scholengroep Veenwijk)' });
  await page.getByLabel('Wat draag je over?').fill('Besproken in het zorgnetwerk: school neemt de regie over, de jeugdconsulent blijft bereikbaar.');
  await page.getByRole('button', { name: 'Overdracht starten' }).click();
  await expect(page.getByText('Wacht op ja')).toBeVisible();
  const casePath = new URL(page.url()).pathname;

  // Anonymous: the warning shows while typing a name and a street; the help names small towns.
  await page.goto(register);
  await heading(page, 'Casus inbrengen');
  await page.getByLabel(/^Anoniem/).check();
  await expect(page.getByText('in een kleine plaats herkent men een gezin snel')).toBeVisible();
  await page.getByLabel('Korte titel').fill('Meisje 12, gepest');
  const question = page.getByLabel('Je vraag aan het netwerk');
  await question.fill('Ze wordt gepest door een klasgenoot, de dochter van Bakker op de Kerkstraat 4.');
  await expect(page.getByText('Staat hier iets in waaraan men de persoon herkent?')).toBeVisible();
  await expect(page.getByText('Kerkstraat 4', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await question.fill('Ze wordt al maanden gepest en wil niet meer naar school. Wie kan de ouders en de school helpen?');
  await expect(page.getByText('Staat hier iets in waaraan men de persoon herkent?')).toBeHidden();
  await page.getByRole('button', { name: 'Casus inbrengen' }).click();
  await heading(page, 'Meisje 12, gepest');
  await expect(page.getByText('Anoniem: deze casus zegt niet over wie het gaat.')).toBeVisible();

  // Safety: the written reason is required and named per field; then the case is flagged for review.
  await page.goto(register);
  await page.getByLabel(/^Zonder toestemming, om veiligheid/).check();
  await page.getByLabel('Korte titel').fill('Kind 6, onveilig thuis');
  await page.getByLabel('Je vraag aan het netwerk').fill('Hoe zorgen we samen voor veiligheid?');
  await page.getByLabel('Voornaam').fill('Lieke');
  await page.getByLabel('Achternaam').fill('Voorbeeld');
  await page.getByLabel('Een kind is misschien niet veilig').check();
  await page.getByLabel('Waarom kan dit niet wachten op toestemming?').fill('Zorgen.');
  await page.getByLabel('Ik heb een melding gedaan bij Veilig Thuis').check();
  await page.getByRole('button', { name: 'Casus inbrengen' }).click();
  await expect(page.getByRole('link', { name: /Schrijf minstens 40 tekens/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Waarom kan dit niet wachten op toestemming?').fill('De leerkracht zag blauwe plekken en het kind zegt bang te zijn om naar huis te gaan.');
  await page.getByRole('button', { name: 'Casus inbrengen' }).click();
  await heading(page, 'Kind 6, onveilig thuis');
  await expect(page.getByRole('main')).toContainText('Nog niet beoordeeld');
  await expect(page.getByRole('main')).toContainText('Veiligheidsuitzondering');
  await expectNoAxeViolations(page);
  await logout(page);

  // The receiver says yes in his own account, from his start page.
  await login(page, email('daan'), DEMO_PASSWORD);
  const waiting = page.getByRole('region', { name: 'Casussen uit zorgnetwerken' });
  await expect(waiting).toContainText('Overdrachten die op jouw ja wachten');
  await waiting.getByRole('link', { name: 'Jongen 14, thuiszitten' }).click();
  await heading(page, 'Jongen 14, thuiszitten');
  expect(new URL(page.url()).pathname).toBe(casePath);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Overdracht aannemen' }).click();
  await expect(page.getByText('Je hebt de overdracht aangenomen. Jij bent nu de coördinator.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Overgedragen');
  await expect(page.getByRole('main')).toContainText('Daan Vermeulen (Scholengroep Veenwijk), sinds');
  await expectNoAxeViolations(page);
});
