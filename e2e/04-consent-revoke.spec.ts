import { expect, test, type Page } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login } from './support.js';

const BASIS = 'Basisgegevens (naam, adres, contact)';
// Kim Hofman's street in the demo region (src/modules/demo/clients.ts).
const KIMS_STREET = 'Wilgenlaan 8';

async function setBasis(kim: Page, level: 'Niet' | 'Bekijken'): Promise<void> {
  const basis = kim.getByRole('group', { name: BASIS });
  await basis.getByLabel(level, { exact: true }).check();
  await kim.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(kim.getByText('Opgeslagen. Dit geldt vanaf nu voor Jessica Hofman.')).toBeVisible();
}

test('a client stops her sister seeing her basic details; the sister sees nothing of it, and the log and history say so', async ({ browser }) => {
  const kimContext = await browser.newContext();
  const jessicaContext = await browser.newContext();
  const kim = await kimContext.newPage();
  const jessica = await jessicaContext.newPage();

  // Kim opens her circle from her start page: the demo gave her sister (naaste) the binnenkring preset.
  await login(kim, demo('client').email, DEMO_PASSWORD);
  await kim.getByRole('main').getByRole('link', { name: 'Naar mijn kring' }).click();
  await expect(kim.getByRole('heading', { level: 1 })).toHaveText('Mijn kring');
  const kimId = /\/clienten\/([^/]+)\/kring$/.exec(new URL(kim.url()).pathname)?.[1];
  if (!kimId) throw new Error(`no client id in ${kim.url()}`);
  await expect(kim.getByText('Jij beslist zelf wie wat mag zien.')).toBeVisible();
  const jessicaRow = kim.getByRole('row').filter({ has: kim.getByRole('rowheader', { name: /Jessica Hofman/ }) });
  await expect(jessicaRow.getByRole('cell').first()).toContainText('Bekijken');
  await expectNoAxeViolations(kim);

  // The other view: who can see my basic details? Jessica can, before the change.
  await kim.getByRole('button', { name: 'Wie kan mijn … zien?' }).click();
  await expect(kim.getByRole('heading', { name: 'Wie kan mijn basisgegevens zien?' })).toBeVisible();
  await expect(kim.getByRole('listitem').filter({ hasText: 'Jessica Hofman (zus)' })).toBeVisible();
  await expectNoAxeViolations(kim);
  await kim.getByRole('button', { name: 'Per persoon' }).click();

  // Before: Jessica sees Kim's name and address.
  await login(jessica, demo('naaste').email, DEMO_PASSWORD);
  await jessica.goto(`/clienten/${kimId}`);
  await expect(jessica.getByRole('heading', { level: 1 })).toHaveText('Kim Hofman');
  await expect(jessica.getByRole('main')).toContainText(KIMS_STREET);

  // Kim: "Wat kan Jessica Hofman zien?" → basic details: niet → save. Taking access away applies at once.
  await kim.getByRole('link', { name: 'Wat kan Jessica Hofman zien?' }).click();
  await expect(kim.getByRole('heading', { level: 1 })).toHaveText('Wat kan Jessica Hofman zien?');
  await expect(kim.getByRole('group', { name: BASIS }).getByLabel('Bekijken', { exact: true })).toBeChecked();
  await expectNoAxeViolations(kim);
  await setBasis(kim, 'Niet');
  await expect(kim.getByRole('group', { name: BASIS }).getByLabel('Niet', { exact: true })).toBeChecked();
  await expectNoAxeViolations(kim);

  // After: the same page load shows Jessica nothing of it, only that she has no access.
  await jessica.reload();
  const main = jessica.getByRole('main');
  await expect(main).toContainText('Je hebt geen toegang tot deze gegevens.');
  await expect(main).not.toContainText(KIMS_STREET);
  await expect(main).not.toContainText('Kim Hofman');
  await expect(jessica.getByRole('heading', { level: 1 })).not.toContainText('Kim');
  await expectNoAxeViolations(jessica);
  // What she can still see, in words and pictures.
  await jessica.getByRole('main').getByRole('link', { name: 'Wat kan ik zien?' }).click();
  await expect(jessica.getByRole('listitem').filter({ hasText: BASIS })).toContainText('Niet');
  await expect(jessica.getByRole('main')).not.toContainText('Kim Hofman');
  await expectNoAxeViolations(jessica);
  // Her start page no longer names Kim, but still leads to what applies to her in that circle.
  await jessica.goto('/');
  await expect(jessica.getByRole('heading', { name: 'Kringen waarin je nu niets kunt zien' })).toBeVisible();
  await expect(jessica.getByRole('main')).not.toContainText('Kim Hofman');
  await expect(jessica.getByRole('link', { name: 'Kring als naaste: wat geldt er voor mij?' })).toBeVisible();
  await expectNoAxeViolations(jessica);

  // Kim's access log still shows that Jessica looked at her basic details before.
  await kim.goto('/wie-bekeek-mijn-gegevens');
  await expect(kim.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(kim.getByRole('listitem').filter({ hasText: /Jessica Hofman.*bekeek je basisgegevens/ }).first()).toBeVisible();

  // The circle's history says what changed, and who changed it.
  await kim.goto(`/clienten/${kimId}/kring/geschiedenis`);
  await expect(kim.getByRole('heading', { level: 1 })).toHaveText('Geschiedenis van mijn kring');
  await expect(
    kim.getByRole('listitem').filter({ hasText: 'Kim Hofman veranderde de toegang van Jessica Hofman (zus): basisgegevens nu niet (was: bekijken).' }),
  ).toBeVisible();
  await expect(kim.getByRole('listitem').filter({ hasText: /Kim Hofman gaf Jessica Hofman \(zus\) toegang/ })).toBeVisible();
  await expectNoAxeViolations(kim);

  // The professionals' audit view of Kim's log holds both events: her change and her sister's reads.
  const sanneContext = await browser.newContext();
  const sanne = await sanneContext.newPage();
  await login(sanne, demo('professional').email, DEMO_PASSWORD);
  await sanne.goto(`/clienten/${kimId}/toegangslog`);
  await expect(sanne.getByRole('heading', { level: 1 })).toHaveText('Toegangslog van deze cliënt');
  const lines = sanne.getByRole('listitem');
  await expect(lines.filter({ hasText: /^Kim Hofman wijzigde het netwerk van/ }).filter({ hasText: 'Reden: toegang in de kring wijzigen' }).first()).toBeVisible();
  await expect(lines.filter({ hasText: /^Jessica Hofman bekeek de basisgegevens van/ }).first()).toBeVisible();
  await expectNoAxeViolations(sanne);
  await sanneContext.close();

  // On a phone the circle stays usable: each person becomes a card, still a table for screen readers.
  await kim.setViewportSize({ width: 360, height: 800 });
  await kim.goto(`/clienten/${kimId}/kring`);
  const card = kim.getByRole('row').filter({ has: kim.getByRole('rowheader', { name: /Jessica Hofman/ }) });
  await expect(card.getByRole('cell').first()).toContainText('Niet');
  await expect(card.getByRole('link', { name: 'Wat kan Jessica Hofman zien?' })).toBeVisible();
  await expectNoAxeViolations(kim);

  // Leave the demo as it was for the tests after this one.
  await card.getByRole('link', { name: 'Wat kan Jessica Hofman zien?' }).click();
  await setBasis(kim, 'Bekijken');

  await kimContext.close();
  await jessicaContext.close();
});
