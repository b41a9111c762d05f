import { expect, test, type Page } from '@playwright/test';
import { demoEmail } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

// Truus van Leeuwen's demo circle: sons and neighbours (binnenkring: plan contribute), a visiting
// volunteer (buitenkring: plan read) and two professionals; Karin is the first, so the regisseur.
const KARIN = demoEmail('Karin Oosting');
const PETER = demoEmail('Peter van Leeuwen');
const WIM = demoEmail('Wim Kooistra');

async function csrf(page: Page): Promise<string> {
  const res = await page.request.get('/api/auth/session');
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

async function truusId(page: Page): Promise<string> {
  const clients = (await (await page.request.get('/api/clients')).json()) as { id: string; firstName: string; lastName: string }[];
  const truus = clients.find((c) => c.firstName === 'Truus' && c.lastName === 'van Leeuwen');
  if (!truus) throw new Error('Truus van Leeuwen is not among the demo clients of this user');
  return truus.id;
}

/** No sideways scrolling at phone width (WCAG 1.4.10 reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const todayInNl = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const tomorrowInNl = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 36 * 3600_000));

test('a plan with goals and agreements in the natural order; the people asked say yes in their own account; the regisseur hands over', async ({ page }) => {
  test.setTimeout(150_000);
  const tag = Date.now().toString(36);
  const club = `Samen naar de handwerkclub ${tag}`;
  const walk = `Samen een rondje lopen ${tag}`;

  // The professional opens Truus's plan from her client page.
  await login(page, KARIN, DEMO_PASSWORD);
  const clientId = await truusId(page);
  await page.goto(`/clienten/${clientId}`);
  await page.getByRole('link', { name: 'Plan van Truus' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan van Truus van Leeuwen');
  const main = page.getByRole('main');
  await expect(main).toContainText('Jij bent de regisseur.');
  await expect(page.getByRole('heading', { name: 'Er is nog geen plan' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Evaluaties: hoe gaat het?' })).toHaveAttribute('href', `/clienten/${clientId}/plan/evaluaties`);
  await expectNoAxeViolations(page);

  // The first goal. An empty form names what is missing and saves nothing.
  await page.getByRole('button', { name: 'Eerste doel toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw doel' })).toBeFocused();
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await expect(page.getByRole('link', { name: 'Kies een deel van het leven.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Schrijf het doel op.' })).toBeVisible();
  await page.getByLabel('Familie en vrienden').check();
  await page.getByLabel('Wat wil Truus bereiken?').fill('Ik wil weer naar de handwerkclub.');
  await page.getByLabel('Hoe weet je dat het gelukt is?').fill('Ik ga er elke week heen.');
  await page.getByLabel('Cijfer nu (1 tot 10)').selectOption('3');
  await page.getByLabel('Cijfer als het gelukt is (1 tot 10)').selectOption('7');
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await expect(page.getByText('Het doel staat in het plan.')).toBeVisible();
  const domain = page.getByRole('region', { name: 'Familie en vrienden' });
  await expect(domain).toContainText('Ik wil weer naar de handwerkclub.');
  await expect(domain).toContainText('Nu: 3 van 10. Doel: 7 van 10.');
  await expect(page.getByRole('heading', { name: 'Er is nog geen plan' })).toHaveCount(0);

  // An agreement for a naaste, chosen from the natural order: Truus herself first, then her own network, then the volunteer, then professionals.
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const who = page.getByRole('group', { name: 'Wie doet het?' });
  await expect(who).toContainText('Eerst: kan Truus het zelf?');
  const order = await who.getByRole('radio').evaluateAll((radios) => radios.map((r) => document.querySelector(`label[for="${r.id}"]`)?.textContent ?? ''));
  expect(order[0]).toBe('Truus van Leeuwen');
  const at = (label: string) => order.findIndex((o) => o.startsWith(label));
  expect(at('Peter van Leeuwen')).toBeGreaterThan(0);
  expect(at('Ahmed Benali')).toBeGreaterThan(0);
  expect(at('Wim Kooistra')).toBeGreaterThan(Math.max(at('Peter van Leeuwen'), at('Ahmed Benali')));
  expect(at('Karin Oosting')).toBeGreaterThan(at('Wim Kooistra'));
  expect(order[order.length - 1]).toBe('Nog niemand');
  await expect(who).toContainText('Uit het eigen netwerk');
  await expect(who).toContainText('Vrijwilliger');

  await page.getByLabel('Wat moet er gebeuren?').fill(club);
  await page.getByLabel('Bij welk doel hoort het?').selectOption({ label: 'Ik wil weer naar de handwerkclub.' });
  await page.getByLabel('Peter van Leeuwen (zoon)').check();
  await page.getByLabel('Hoe vaak?').fill('elke donderdagmiddag');
  await page.getByLabel('Vaste dag').selectOption({ label: 'elke donderdag' });
  // A fixed day needs a time and a start date: the form says so at the fields.
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(page.getByRole('link', { name: 'Een afspraak op een vaste dag heeft een tijd nodig.' })).toBeVisible();
  await page.getByLabel('Hoe laat?').fill('14:00');
  await page.getByLabel('Vanaf').fill(todayInNl());
  await page.getByLabel('Waar?').fill('Buurthuis De Linde');
  await page.getByLabel('Wat kost het? (in euro)').fill('2,50');
  await page.getByLabel('Wie betaalt?').selectOption({ label: 'Truus van Leeuwen zelf' });
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(page.getByText('We vragen Peter van Leeuwen of het lukt.')).toBeVisible();
  const clubCard = page.getByRole('article', { name: club });
  await expect(clubCard).toContainText('Gevraagd aan Peter van Leeuwen, wacht op antwoord');
  await expect(clubCard).toContainText('elke donderdagmiddag, elke donderdag, om 14:00 uur');
  await expect(clubCard).toContainText('€ 2,50');
  await expect(clubCard).toContainText('Truus van Leeuwen zelf');
  await expect(clubCard).toContainText('Ik wil weer naar de handwerkclub.');

  // One for the volunteer, by keyboard only: type, Space on the radio, Enter to send.
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nieuwe afspraak' })).toBeFocused();
  await page.getByLabel('Wat moet er gebeuren?').focus();
  await page.keyboard.type(walk);
  await page.getByLabel('Wim Kooistra (bezoekvrijwilliger)').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Wim Kooistra (bezoekvrijwilliger)')).toBeChecked();
  await page.getByLabel('Wat moet er gebeuren?').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('We vragen Wim Kooistra of het lukt.')).toBeVisible();
  await expect(page.getByRole('article', { name: walk })).toContainText('Gevraagd aan Wim Kooistra, wacht op antwoord');
  await expectNoAxeViolations(page);
  await logout(page);

  // The naaste finds the question under "Mijn taken" and says yes.
  await login(page, PETER, DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn taken');
  const asked = page.getByRole('region', { name: 'Aan jou gevraagd' });
  const peterCard = asked.getByRole('article', { name: club });
  await expect(peterCard).toContainText('Aan jou gevraagd, wacht op jouw antwoord');
  await expect(asked).toContainText('Voor Truus van Leeuwen');
  await expectNoAxeViolations(page);
  await peterCard.getByRole('button', { name: 'Ja, dat doe ik' }).click();
  await expect(page.getByText(`Fijn! Je doet nu: ${club}.`)).toBeVisible();
  const doing = page.getByRole('region', { name: 'Wat je doet' });
  await expect(doing.getByRole('article', { name: club })).toContainText('Jij doet het');
  await expectNoAxeViolations(page);
  await logout(page);

  // The volunteer says yes too, with a note, by keyboard.
  await login(page, WIM, DEMO_PASSWORD);
  await page.goto('/mijn-taken');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn taken');
  const wimCard = page.getByRole('region', { name: 'Aan jou gevraagd' }).getByRole('article', { name: walk });
  await expect(wimCard, await page.getByRole('main').innerText()).toBeVisible();
  await wimCard.getByLabel('Wil je iets zeggen?').fill('Graag, op dinsdag kan ik het best.');
  await wimCard.getByRole('button', { name: 'Ja, dat doe ik' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Fijn! Je doet nu: ${walk}.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wat je doet' }).getByRole('article', { name: walk })).toBeVisible();
  await logout(page);

  // Back to the professional: both said yes. Three more for Peter (through the API) make him carry 4 of 5.
  await login(page, KARIN, DEMO_PASSWORD);
  const token = await csrf(page);
  const suggestions = (await (await page.request.get(`/api/clients/${clientId}/plan/suggestions`)).json()) as { label: string; assignee: { kind: string; linkId?: string } }[];
  const peterLink = suggestions.find((s) => s.label.startsWith('Peter van Leeuwen'))?.assignee.linkId;
  if (!peterLink) throw new Error('Peter is not among the suggestions');
  for (const title of ['Post doornemen', 'Boodschappen doen', 'Gehoorapparaat laten nakijken']) {
    const res = await page.request.post(`/api/clients/${clientId}/plan/tasks`, { data: { title: `${title} ${tag}`, assignee: { kind: 'member', linkId: peterLink } }, headers: { 'x-csrf-token': token } });
    expect(res.status(), await res.text()).toBe(201);
  }
  await page.goto(`/clienten/${clientId}/plan`);
  await expect(page.getByRole('article', { name: club })).toContainText('Peter van Leeuwen doet het');
  await expect(page.getByRole('article', { name: walk })).toContainText('Wim Kooistra doet het');
  await expect(page.getByRole('article', { name: walk })).toContainText('Graag, op dinsdag kan ik het best.');
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const whoNow = page.getByRole('group', { name: 'Wie doet het?' });
  await expect(whoNow).toContainText('Peter doet al 4 van de 5 afspraken — vraag iemand anders');
  await expect(page.getByLabel('Peter van Leeuwen (zoon)')).toHaveAccessibleDescription(/Let op: Peter doet al 4 van de 5 afspraken/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // Someone else changes the goal meanwhile: saving the edit shows the newer version (409) instead of overwriting it.
  const plan = (await (await page.request.get(`/api/clients/${clientId}/plan`)).json()) as { goals: { id: string; version: number; ownWords: string }[] };
  const goal = plan.goals.find((g) => g.ownWords === 'Ik wil weer naar de handwerkclub.');
  if (!goal) throw new Error('goal not found');
  await page.getByRole('button', { name: 'Wijzigen: Ik wil weer naar de handwerkclub.' }).click();
  const changed = await page.request.put(`/api/clients/${clientId}/plan/goals/${goal.id}`, {
    data: { domain: 'relaties', ownWords: 'Ik wil weer naar de handwerkclub, met mijn buurvrouw.', success: null, scoreNow: 4, scoreTarget: 7, status: 'active', version: goal.version },
    headers: { 'x-csrf-token': token },
  });
  expect(changed.status()).toBe(200);
  await page.getByLabel('Cijfer nu (1 tot 10)').selectOption('5');
  await page.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Iemand anders heeft dit gewijzigd' })).toBeVisible();
  await expect(page.getByLabel('Wat wil Truus bereiken?')).toHaveValue('Ik wil weer naar de handwerkclub, met mijn buurvrouw.');
  await page.getByLabel('Cijfer nu (1 tot 10)').selectOption('5');
  await page.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(page.getByText('Het doel is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Familie en vrienden' })).toContainText('Nu: 5 van 10. Doel: 7 van 10.');

  // The regisseur hands over: a date in the future is refused at the field; today works.
  await page.getByRole('button', { name: 'Regie overdragen' }).click();
  await page.getByLabel('Wie wordt de nieuwe regisseur?').selectOption({ label: 'Noor Hendriks (sociaal werker)' });
  await page.getByLabel('Wat moet de nieuwe regisseur weten?').fill('Truus wil weer naar de handwerkclub. Peter doet veel; kijk of Ahmed iets kan overnemen.');
  await page.getByLabel('Datum van de overdracht').fill(tomorrowInNl());
  await page.getByRole('button', { name: 'Regie overdragen' }).click();
  await expect(page.getByRole('link', { name: 'Leg de overdracht vast op de dag zelf of daarna.' })).toBeVisible();
  await page.getByLabel('Datum van de overdracht').fill(todayInNl());
  await page.getByRole('button', { name: 'Regie overdragen' }).click();
  await expect(page.getByText('Noor Hendriks is nu de regisseur.')).toBeVisible();
  await expect(main).toContainText('Noor Hendriks is de regisseur.');
  const history = page.getByRole('list', { name: 'Eerdere overdrachten' });
  await expect(history).toContainText('Van Karin Oosting naar Noor Hendriks.');
  await expect(history).toContainText('Peter doet veel; kijk of Ahmed iets kan overnemen.');
  await expectNoAxeViolations(page);

  // On a phone (360 px) the plan fits without sideways scrolling and stays accessible.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.reload();
  await expect(page.getByRole('article', { name: club })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
