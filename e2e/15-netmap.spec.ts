import { expect, test, type Page } from '@playwright/test';
import { demoEmail } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login } from './support.js';

// Kim Hofman's demo network map (17 people, a family for the genogram, two snapshots), opened by
// her wijkcoach Sanne.
const SANNE = demoEmail('Sanne Verbeek');

async function kimId(page: Page): Promise<string> {
  const clients = (await (await page.request.get('/api/clients')).json()) as { id: string; firstName: string; lastName: string }[];
  const kim = clients.find((c) => c.firstName === 'Kim' && c.lastName === 'Hofman');
  if (!kim) throw new Error('Kim Hofman is not among the demo clients of this user');
  return kim.id;
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a professional reads the map and the genogram, moves and adds people by keyboard, and sees what changed since the intake', async ({ page }) => {
  test.setTimeout(60_000);
  const tag = Date.now().toString(36).slice(-4);
  const newName = `Ouderejaars Bo ${tag}`;

  await login(page, SANNE, DEMO_PASSWORD);
  const id = await kimId(page);
  await page.goto(`/clienten/${id}`);
  await page.getByRole('link', { name: 'Netwerkkaart van Kim' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerkkaart van Kim');
  const map = page.getByRole('group', { name: /Netwerkkaart met 17 personen/ });
  await expect(map).toBeVisible();
  await expect(map.getByRole('button', { name: /^Tante Ria, tante\. Familie, Verder weg\. Contact: Verbroken\. Wil contact herstellen/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Uitleg bij de kaart' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard: move Jessica one step right (saved), then open her with Enter.
  const jessica = map.getByRole('button', { name: /^Jessica, zus\./ });
  await jessica.focus();
  const saved = page.waitForResponse((r) => r.url().endsWith('/position') && r.request().method() === 'PUT');
  await page.keyboard.press('ArrowRight');
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('Jessica staat nu bij Familie');
  await jessica.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jessica aanpassen');
  await expect(page.getByText('Jessica Hofman zit in de kring als')).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar de netwerkkaart' }).click();

  // The same information as a table.
  await page.getByRole('button', { name: 'Tabel' }).click();
  const table = page.getByRole('table', { name: 'Alle personen op de kaart' });
  await expect(table.getByRole('row', { name: /Rick.*ex-partner.*Moeizaam.*Nu niet helpend/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The genogram: generations and standard shapes, with a list alternative.
  await page.getByRole('link', { name: 'Familie (genogram)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Genogram van Kim');
  await expect(page.getByRole('img', { name: /Genogram met \d+ personen in 4 generaties/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Grootouders' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Jayden' })).toContainText(/zoon, man, kind van (Kim en Rick|Rick en Kim)/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Terug naar de netwerkkaart' }).click();

  // Add a person with the keyboard only.
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Persoon toevoegen');
  await page.getByLabel('Naam', { exact: true }).focus();
  await page.keyboard.type(newName);
  await page.keyboard.press('Tab');
  await page.keyboard.type('buddy van school');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Deel van het leven')).toHaveValue('school-werk');
  await page.getByLabel('Praktische hulp').first().focus();
  await page.keyboard.press('Space');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Zet op de kaart' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${newName} staat op de kaart.`)).toBeVisible();
  await expect(page.getByRole('group', { name: /Netwerkkaart met 18 personen/ })).toBeVisible();

  // A snapshot of today, then "what changed since the intake".
  await page.getByRole('link', { name: 'Momentopnamen en veranderingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Momentopnamen van de netwerkkaart');
  await page.getByRole('button', { name: 'Bewaar momentopname' }).click();
  await expect(page.getByText('De momentopname is bewaard.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Evaluatie op .*: 18 personen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Vergelijk met nu: Intake/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er veranderd?');
  const came = page.getByRole('region', { name: /Erbij gekomen/ });
  await expect(came).toContainText('Buurvrouw Anneke');
  await expect(came).toContainText(newName);
  await expect(page.getByRole('region', { name: /Niet meer op de kaart/ })).toContainText('Verwijderde persoon (oud-collega)');
  await expect(page.getByRole('region', { name: /^Veranderd/ })).toContainText('Contact: Verbroken → Moeizaam (beter)');
  await expectNoAxeViolations(page);

  // On a phone the page does not scroll sideways; the map can be made bigger inside its frame.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/clienten/${id}/netwerk`);
  await expect(page.getByRole('group', { name: /Netwerkkaart met 18 personen/ })).toBeVisible();
  await page.getByRole('button', { name: 'Groter' }).click();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // Printed for the kitchen table: the map and legend, without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Persoon toevoegen' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Uitleg bij de kaart' })).toBeVisible();
});
