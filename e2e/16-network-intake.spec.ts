import { expect, test, type Page } from '@playwright/test';
import { demoEmail, demoPerson } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

const email = (key: string) => demoEmail(demoPerson(key).name);

async function clientIdOf(page: Page, name: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.split(' ')[0]!);
  return new URL(page.url()).pathname.split('/')[2]!;
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/**
 * "Wie neem je mee?": the wijkcoach sees Esther's paused intake on her worklist, then runs a new
 * network intake with Kim by keyboard: family, friends, a pause, resume, the remaining domains and
 * the summary; the people named show in the summary and in the analysis.
 */
test('a wijkcoach runs a network intake with pause and resume, and sees the result in the analysis', async ({ page }) => {
  test.setTimeout(60_000);
  await login(page, email('sanne'), DEMO_PASSWORD);
  const signals = page.getByRole('region', { name: 'Signalen over het netwerk' });
  await expect(signals.getByRole('link', { name: 'Esther Dijkhuis: netwerkintake staat op pauze bij stap 3.' })).toBeVisible();
  await expectNoAxeViolations(page);

  const kim = await clientIdOf(page, 'Kim Hofman');
  await page.goto(`/clienten/${kim}/netwerk/intake`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie neem je mee? Netwerkintake van Kim Hofman');
  await expect(page.getByLabel('Deelnemer 1')).toHaveValue('Kim Hofman');
  await expectNoAxeViolations(page);
  await page.getByLabel('Deelnemer 2').fill('Sanne Verbeek (wijkcoach)');
  await page.getByRole('button', { name: 'Begin de intake' }).click();
  await expect(page.getByText('De netwerkintake is begonnen.')).toBeVisible();

  // Step 1: who takes part (filled in), a note, on to the family.
  await page.getByLabel('Aantekeningen bij deze stap').fill('Kim neemt de volgende keer haar zus mee.');
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(stepHeading(page, 'Familie')).toBeFocused();
  await expectNoAxeViolations(page);

  // Family, "who is there now?", by keyboard only.
  await page.getByRole('button', { name: 'Iemand toevoegen: Wie is er nu?' }).press('Enter');
  await expect(page.getByLabel('Naam')).toBeFocused();
  await page.keyboard.type('Tante Wil');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wie is dit voor je?')).toBeFocused();
  await page.keyboard.type('tante');
  await page.getByLabel('Heel dichtbij').check();
  await page.getByLabel('Praktische hulp').check();
  await page.getByRole('button', { name: 'Zet op de kaart' }).press('Enter');
  await expect(page.getByText('Tante Wil staat nu op de netwerkkaart.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Tante Wil (tante)' })).toBeVisible();
  await page.getByRole('button', { name: 'Volgende stap' }).click();

  // Friends: someone she lost touch with and would like to see again.
  await expect(stepHeading(page, 'Vrienden')).toBeFocused();
  await page.getByRole('button', { name: 'Iemand toevoegen: Wie was er vroeger?' }).click();
  await page.getByRole('button', { name: 'Zet op de kaart' }).click();
  await expect(page.getByText('Wil je weer contact?: Kies ja of nee.')).toBeVisible();
  await page.getByLabel('Naam').fill('Lotje');
  await page.getByLabel('Wie is dit voor je?').fill('jeugdvriendin');
  await page.getByLabel('Ja, ik wil weer contact').check();
  await page.getByRole('button', { name: 'Zet op de kaart' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Lotje (jeugdvriendin, wil weer contact)' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Pause, and pick it up again where it was left.
  await page.getByRole('button', { name: 'Pauzeer de intake' }).click();
  await expect(page.getByRole('heading', { name: 'De intake staat op pauze' })).toBeVisible();
  await expect(page.getByText(/bij stap 3: Vrienden/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await page.getByRole('button', { name: 'Ga verder met de intake' }).click();
  await expect(stepHeading(page, 'Vrienden')).toBeFocused();

  for (const next of ['Buurt', 'School of werk', 'Vrije tijd, club of geloof', 'Zorg en hulp', 'Samenvatting']) {
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await expect(stepHeading(page, next)).toBeFocused();
  }
  await expect(page.getByText('In deze intake zijn 2 mensen op de kaart gezet.')).toBeVisible();
  await expect(page.getByText(/\d+ mensen om weer contact mee te zoeken|1 persoon om weer contact mee te zoeken/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Rond de intake af' }).click();
  await expect(page.getByText('De netwerkintake is afgerond.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eerdere netwerkintakes' })).toBeVisible();

  await page.getByRole('link', { name: 'Naar de netwerkanalyse' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerkanalyse van Kim Hofman');
  await expect(page.getByRole('main')).toContainText(/om weer contact mee te zoeken: .*Lotje/);
  await expect(page.getByRole('figure', { name: 'Mensen per levensgebied' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await logout(page);
});

/** Henk's daughter carries five of the nine running agreements: the worklist and the analysis warn. */
test('the overload flag shows when one naaste carries most tasks', async ({ page }) => {
  await login(page, email('karin'), DEMO_PASSWORD);
  const signal = page.getByRole('region', { name: 'Signalen over het netwerk' }).getByRole('link', { name: /^Henk Zandbergen: Monique.* doet de meeste taken/ });
  await expect(signal).toBeVisible();
  await expectNoAxeViolations(page);
  await signal.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerkanalyse van Henk Zandbergen');
  await expect(page.getByRole('main')).toContainText('Let op: Monique Zandbergen (dochter) doet 5 van de 9 taken in het plan.');
  await expect(page.getByRole('img', { name: /Monique Zandbergen \(dochter\) – kans op overbelasting|Monique Zandbergen \(dochter\): 5 \(kans op overbelasting\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
