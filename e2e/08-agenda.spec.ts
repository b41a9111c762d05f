import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login } from './support.js';

const TITLE = 'Netwerkoverleg over de schoolreis';

/** A Dutch calendar day n days from today. */
function dayFromToday(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

test('a professional plans a network meeting; the invited sister sees it, subscribes to her feed, and hears of the cancellation', async ({ browser, playwright }) => {
  const sanneContext = await browser.newContext();
  const jessicaContext = await browser.newContext();
  const sanne = await sanneContext.newPage();
  const jessica = await jessicaContext.newPage();

  // The wijkcoach opens Kim's agenda.
  await login(sanne, demo('professional').email, DEMO_PASSWORD);
  const clients = (await (await sanne.request.get('/api/clients?q=Kim')).json()) as { id: string; firstName: string; lastName: string }[];
  const kim = clients.find((c) => c.firstName === 'Kim' && c.lastName === 'Hofman');
  if (!kim) throw new Error('Kim Hofman is not in the wijkcoach’s list');
  await sanne.goto(`/clienten/${kim.id}/agenda`);
  await expect(sanne.getByRole('heading', { level: 1 })).toHaveText('Agenda van Kim');
  await expectNoAxeViolations(sanne);

  // She adds a network meeting in three days and invites Kim's sister.
  await sanne.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(sanne.getByRole('heading', { name: 'Nieuwe afspraak' })).toBeFocused();
  await sanne.getByLabel('Netwerkoverleg', { exact: true }).check();
  await sanne.getByLabel('Waar gaat het over?').fill(TITLE);
  await sanne.getByLabel('Datum', { exact: true }).fill(dayFromToday(3));
  await sanne.getByLabel('Begintijd').fill('14:00');
  await sanne.getByLabel('Eindtijd').fill('15:00');
  await sanne.getByLabel('Waar?', { exact: true }).fill('Wijkcentrum Beekdal');
  await sanne.getByLabel('Jessica Hofman').check();
  await expectNoAxeViolations(sanne);
  await sanne.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await expect(sanne.getByText(`De afspraak "${TITLE}" staat in de agenda.`)).toBeVisible();
  await expect(sanne.getByRole('listitem').filter({ hasText: TITLE })).toContainText('14:00');

  // The sister logs in and finds it in her own agenda, with a message about it.
  await login(jessica, demo('naaste').email, DEMO_PASSWORD);
  await jessica.goto('/agenda');
  await expect(jessica.getByRole('heading', { level: 1 })).toHaveText('Mijn agenda');
  await expect(jessica.getByText(`Nieuwe afspraak: ${TITLE}`)).toBeVisible();
  const entry = jessica.getByRole('region', { name: 'De komende vier weken' }).getByRole('listitem').filter({ hasText: TITLE });
  await expect(entry).toContainText('14:00');
  await expect(entry).toContainText('Wijkcentrum Beekdal');
  await expectNoAxeViolations(jessica);

  // She makes her private calendar link; a calendar app (no session) reads it as iCalendar.
  await jessica.getByRole('button', { name: 'Link maken' }).click();
  const url = await jessica.getByLabel('Je link').inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectNoAxeViolations(jessica);
  const calendarApp = await playwright.request.newContext();
  const feed = await calendarApp.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const events = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const event = events.find((e) => e.summary.startsWith(TITLE));
  expect(event, 'the meeting is in the feed').toBeTruthy();
  expect(event!.location).toBe('Wijkcentrum Beekdal');
  expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(event!.startDate.toJSDate())).toBe('14:00');

  // The wijkcoach cancels; the sister sees a message and the feed says CANCELLED.
  await sanne.getByRole('button', { name: new RegExp(`^Afzeggen: ${TITLE}`) }).click();
  await expect(sanne.getByRole('heading', { name: `Afzeggen: ${TITLE}` })).toBeFocused();
  await sanne.getByLabel('Waarom gaat het niet door?').fill('Kim is ziek.');
  await expectNoAxeViolations(sanne);
  await sanne.getByRole('button', { name: 'Afzeggen en iedereen laten weten' }).click();
  await expect(sanne.getByText(`"${TITLE}" gaat niet meer door.`)).toBeVisible();

  await jessica.reload();
  await expect(jessica.getByText(`Gaat niet door: ${TITLE}`, { exact: true })).toBeVisible();
  await expectNoAxeViolations(jessica);
  const after = new ICAL.Component(ICAL.parse(await (await calendarApp.get(url)).text()) as unknown[]).getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('summary')).startsWith(TITLE));
  expect(after?.getFirstPropertyValue('status')).toBe('CANCELLED');
  await calendarApp.dispose();
});
