import { expect, test, type Page } from '@playwright/test';
import { demoEmail } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login } from './support.js';

const FATIMA = demoEmail('Fatima El Amrani');
const dayInNl = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 24 * 3600_000));

async function heading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/**
 * The chair of the 18+ network plans its meetings, puts themes on the agenda, runs the meeting with
 * a time box per item, records who was there and ends it with one item carried over.
 */
test('a chair schedules a meeting and runs it with time boxes, attendance and carry-over', async ({ page }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const first = `Overlast in het park ${tag}`;
  const second = `Wachtlijst schuldhulp ${tag}`;

  await login(page, FATIMA, DEMO_PASSWORD);
  await page.goto('/zorgnetwerken');
  await heading(page, 'Zorgnetwerken');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Zorgnetwerk 18+', exact: true }).click();
  await heading(page, 'Zorgnetwerk 18+');
  await expect(page.getByRole('img', { name: /Deel van de overleggen aanwezig per organisatie/ })).toBeVisible();
  await expect(page.getByText('twee keer op rij niet aanwezig')).toBeVisible();
  await expectNoAxeViolations(page);

  // A series every six weeks from the day after tomorrow.
  await page.getByLabel('Eerste overleg').fill(dayInNl(2));
  await page.getByLabel('Tijd', { exact: true }).fill('09:30');
  await page.getByLabel('Om de hoeveel weken').fill('6');
  await page.getByLabel('Voor hoeveel maanden vooruit').fill('3');
  await page.getByRole('button', { name: 'Overleggen plannen' }).click();
  await expect(page.getByText(/overleg(gen)? gepland\./)).toBeVisible();
  await page.getByRole('list', { name: 'Komende overleggen' }).getByRole('link', { name: /09:30/ }).first().click();
  await heading(page, /^Zorgnetwerk 18\+: /);
  await expectNoAxeViolations(page);

  // Two themes on the agenda; the first gets a one-minute time box.
  for (const title of [first, second]) {
    await page.getByLabel('Onderwerp').fill(title);
    await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  }
  await page.getByLabel(`Minuten voor „${first}”`).fill('1');
  await page.getByRole('button', { name: 'Tijd opslaan' }).first().click();
  await expect(page.getByText('Tijd: 1 minuut')).toBeVisible();

  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Start „${first}”` }).click();
  await expect(page.getByRole('timer')).toHaveText(/^Nog 0:\d\d$/);
  // Within the last minute: one polite announcement, not a running commentary.
  await expect(page.getByText(`Nog één minuut voor ${first}.`)).toBeAttached();
  await expectNoAxeViolations(page);

  // The secretary's job, done here by the chair: who was there.
  await page.getByLabel('Aanwezigheid van Mehmet Yilmaz').selectOption('present');
  await page.getByLabel('Aanwezigheid van Marloes Scholten').selectOption('absent');
  await page.reload();
  await expect(page.getByLabel('Aanwezigheid van Mehmet Yilmaz')).toHaveValue('present');

  // The second theme is not reached: it moves to the next meeting.
  await page.getByRole('checkbox', { name: second }).check();
  await page.getByRole('button', { name: 'Overleg afronden' }).click();
  await expect(page.getByText('Geweest', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: second }).getByText('Doorgeschoven').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Naar Zorgnetwerk 18+' }).click();
  // The next meeting is the first one still planned.
  await page.getByRole('list', { name: 'Komende overleggen' }).getByRole('link').first().click();
  const carried = page.getByRole('listitem').filter({ hasText: second });
  await expect(carried.getByText('Doorgeschoven').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
