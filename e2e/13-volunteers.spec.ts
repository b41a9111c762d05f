import { expect, test, type Page } from '@playwright/test';
import { demoEmail, demoPerson } from '../src/modules/demo/people.js';
import { DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login, logout } from './support.js';

const email = (key: string) => demoEmail(demoPerson(key).name);

async function heading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/**
 * The whole matching workflow in the browser, as the people themselves do it: the coordinator takes
 * in a volunteer, the wijkcoach asks for a volunteer for Esther, the coordinator proposes the best
 * fit and plans the introduction with time to think, the volunteer and Esther each say yes in their
 * own account, and Esther writes to her volunteer without seeing her phone number.
 */
test('a coordinator matches a volunteer to a client through the full workflow', async ({ page }) => {
  test.setTimeout(240_000);

  // The coordinator records Samira's intake: active, interests, area, caps.
  await login(page, email('thijs'), DEMO_PASSWORD);
  await page.goto('/vrijwilligers');
  await heading(page, 'Vrijwilligers');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Samira Bouzid' }).click();
  await heading(page, 'Samira Bouzid');
  await page.getByLabel('Actief').check();
  await page.getByLabel('Datum intakegesprek').fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('Interesses').fill('koffie drinken, wandelen, taal');
  await page.getByLabel('Postcodegebied (alleen de 4 cijfers)').fill('6842');
  await page.getByLabel('Hoeveel cliënten hoogstens?').fill('2');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Het profiel is opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);

  // The wijkcoach asks for a volunteer from Esther's circle.
  await login(page, email('sanne'), DEMO_PASSWORD);
  await page.getByRole('main').getByRole('link', { name: /Esther Dijkhuis/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Esther');
  const clientId = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(`/clienten/${clientId}/vrijwilliger`);
  await heading(page, 'Vrijwilliger voor Esther Dijkhuis');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByText('Waarmee kan een vrijwilliger helpen?: Vul dit in.')).toBeVisible();
  await page.getByLabel('Waarmee kan een vrijwilliger helpen?').fill('Even tijd voor Esther zelf: samen wandelen of koffie drinken.');
  await page.getByLabel('Wat vindt de cliënt leuk?').fill('wandelen, koffie drinken');
  await page.getByLabel('dinsdag').check();
  await page.getByLabel('middag').check();
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByText('De vraag is verstuurd naar de vrijwilligersorganisatie.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Stappen van de koppeling/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);

  // The coordinator sees the request with ranked candidates and reasons, proposes Samira, plans the
  // introduction of the three of them and gives time to think.
  await login(page, email('thijs'), DEMO_PASSWORD);
  await page.goto('/vrijwilligers/vragen');
  await heading(page, 'Vragen om een vrijwilliger');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Esther, \d+ jaar/ }).click();
  await heading(page, 'Vraag voor Esther');
  const samira = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Samira Bouzid' }) });
  await expect(samira).toContainText('Zelfde interesses: wandelen, koffie drinken');
  await expect(samira).toContainText('Woont in hetzelfde postcodegebied');
  await expectNoAxeViolations(page);
  await samira.getByRole('button', { name: 'Samira Bouzid voorstellen' }).click();
  await expect(page.getByText('Samira Bouzid is voorgesteld.')).toBeVisible();
  await page.getByLabel('Waar?').fill('Bij Esther thuis');
  await page.getByRole('button', { name: 'Kennismaking plannen' }).click();
  await expect(page.getByText('De kennismaking is gepland.')).toBeVisible();
  await page.getByRole('button', { name: 'Bedenktijd geven' }).click();
  await expect(page.getByText('De bedenktijd is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Samira Bouzid \(Bedenktijd\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);

  // Samira says yes in her own account.
  await login(page, email('samira'), DEMO_PASSWORD);
  await page.goto('/mijn-vrijwilligerswerk');
  await heading(page, 'Mijn vrijwilligerswerk');
  await expectNoAxeViolations(page);
  const proposal = page.getByRole('article').filter({ hasText: 'Esther' });
  await proposal.getByRole('button', { name: 'Ja, ik wil verder' }).click();
  await expect(page.getByText('Je antwoord is opgeslagen.')).toBeVisible();
  await expect(proposal).toContainText('Jouw antwoord: Ja');
  await logout(page);

  // Esther says yes too: now it is a match. She writes to Samira; Samira's phone stays hidden.
  await login(page, email('esther'), DEMO_PASSWORD);
  await page.goto(`/clienten/${clientId}/vrijwilliger`);
  await expect(page.getByRole('heading', { level: 3, name: 'De vrijwilliger: Samira Bouzid' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ja, ik wil verder' }).click();
  await expect(page.getByText('Je antwoord is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: 'Gekoppeld' })).toBeVisible();
  await expect(page.getByText(/Telefoon en e-mail van de vrijwilliger zijn afgeschermd/)).toBeVisible();
  await page.getByLabel('Je bericht').fill('Hoi Samira, zullen we dinsdag gaan wandelen?');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Je bericht is verstuurd.')).toBeVisible();
  await expect(page.getByText('Hoi Samira, zullen we dinsdag gaan wandelen?')).toBeVisible();
  await expect(page.getByText(email('samira'))).toHaveCount(0);
  await expectNoAxeViolations(page);
  await logout(page);

  // Samira reads it in her own account.
  await login(page, email('samira'), DEMO_PASSWORD);
  await page.goto('/mijn-vrijwilligerswerk');
  await expect(page.getByText('Hoi Samira, zullen we dinsdag gaan wandelen?')).toBeVisible();
  await expectNoAxeViolations(page);
});
