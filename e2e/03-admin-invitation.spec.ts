import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, linkFromOutbox, login, logout } from './support.js';

test.describe.configure({ mode: 'serial' });

/** Reads the newest mail to an address in the administrator's outbox and returns the first link. */
test('an administrator manages organisations and users', async ({ page }) => {
  await login(page, demo('beheerder').email, DEMO_PASSWORD);
  await page.goto('/beheer/organisaties');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Wijkteam/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/beheer/gebruikers');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: demo('professional').email })).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);
});

test('an administrator adds a team and puts someone in it', async ({ page }) => {
  await login(page, demo('beheerder').email, DEMO_PASSWORD);
  await page.goto('/beheer/organisaties');
  await page.getByRole('link', { name: 'Teams van Wijkteam Beekdal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teams van Wijkteam Beekdal');
  await expect(page.getByRole('row').filter({ hasText: 'Team Beekdal-Noord' })).toBeVisible();

  const name = page.getByLabel('Naam van het team');
  const add = page.getByRole('button', { name: 'Team toevoegen' });
  await add.click();
  await expect(page.getByText('Vul de naam van het team in.').first()).toBeVisible();
  await name.fill('Team Beekdal-Zuid');
  await add.click();
  const created = page.getByText('Het team Team Beekdal-Zuid is toegevoegd.');
  await expect(created).toBeVisible();
  await expect(page.locator('.samenspel-focus-target', { has: created })).toBeFocused();
  await expect(name).toHaveValue('');
  const row = page.getByRole('row').filter({ hasText: 'Team Beekdal-Zuid' });
  await expect(row.getByRole('cell')).toHaveText(['Team Beekdal-Zuid', '0']);
  await expectNoAxeViolations(page);

  // The same name again (other capitals): the server says no, next to the field.
  await name.fill('team beekdal-zuid');
  await add.click();
  await expect(page.locator('#team-name-error')).toHaveText(/al een team met deze naam/);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.goto('/beheer/gebruikers');
  await page.getByRole('button', { name: 'Wijzigen Fatima El Amrani' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gebruiker wijzigen: Fatima El Amrani' })).toBeFocused();
  const organisation = page.getByLabel('Organisatie', { exact: true });
  const team = page.getByLabel('Team', { exact: true });
  await expect(team).toHaveValue(/.+/);
  await organisation.selectOption({ label: 'Geen organisatie' });
  await expect(team).toBeDisabled();
  await expect(team).toHaveValue('');
  await organisation.selectOption({ label: 'Wijkteam Beekdal' });
  await expect(team).toBeEnabled();
  await team.selectOption({ label: 'Team Beekdal-Zuid' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De gegevens van Fatima El Amrani zijn gewijzigd.')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Team' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Fatima El Amrani' })).toContainText('Team Beekdal-Zuid');

  await page.goto('/beheer/organisaties');
  await page.getByRole('link', { name: 'Teams van Wijkteam Beekdal' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Team Beekdal-Zuid' }).getByRole('cell')).toHaveText(['Team Beekdal-Zuid', '1']);
  await logout(page);
});

test('when two administrators change the same organisation, the second one sees the newest data first', async ({ page }) => {
  await login(page, demo('beheerder').email, DEMO_PASSWORD);
  // A second tab in the same browser: same session, its own copy of the form.
  const second = await page.context().newPage();
  for (const tab of [page, second]) {
    await tab.goto('/beheer/organisaties');
    await tab.getByRole('button', { name: 'Wijzigen Huisartsenpraktijk Beekdal-Oost' }).click();
    await expect(tab.getByRole('heading', { level: 2, name: 'Organisatie wijzigen: Huisartsenpraktijk Beekdal-Oost' })).toBeFocused();
  }

  await page.getByLabel('Naam', { exact: true }).fill('Huisartsenpraktijk Beekdal-Oost en -West');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De organisatie Huisartsenpraktijk Beekdal-Oost en -West is gewijzigd.')).toBeVisible();

  const field = second.getByLabel('Naam', { exact: true });
  await field.fill('Huisartsen Beekdal');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  const conflict = second.getByRole('heading', { name: 'Iemand anders heeft dit gewijzigd' });
  await expect(conflict).toBeVisible();
  await expect(second.getByText('Iemand anders heeft dit net gewijzigd.')).toBeVisible();
  await expect(second.locator('.samenspel-focus-target', { has: conflict })).toBeFocused();
  await expect(field).toHaveValue('Huisartsenpraktijk Beekdal-Oost en -West');
  await expectNoAxeViolations(second);

  await field.fill('Huisartsen Beekdal');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  await expect(second.getByText('De organisatie Huisartsen Beekdal is gewijzigd.')).toBeVisible();
  await expect(second.getByRole('cell', { name: 'Huisartsen Beekdal', exact: true })).toBeVisible();
  await expect(conflict).toBeHidden();
  await second.close();
  await logout(page);
});

test('a professional invites a naaste, who makes an account with the link once', async ({ page, browser }) => {
  await login(page, demo('professional').email, DEMO_PASSWORD);
  await page.getByRole('table', { name: 'Mijn cliënten' }).getByRole('link', { name: 'Kim Hofman', exact: true }).click();
  await page.getByLabel(/naam/i).first().fill('Ferry Fictief');
  await page.getByLabel(/e-mailadres/i).first().fill('ferry.fictief@voorbeeld.test');
  const role = page.getByLabel(/rol/i).first();
  if ((await role.evaluate((el) => el.tagName)) === 'SELECT') await role.selectOption('naaste');
  await page.getByRole('button', { name: /uitnodig|versturen|stuur/i }).click();
  await expect(page.getByText(/verstuurd|uitnodiging is/i).first()).toBeVisible();
  await logout(page);

  const link = await linkFromOutbox(page, 'ferry.fictief@voorbeeld.test');
  expect(link).toMatch(/^\/uitnodiging\//);

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(guest);
  await guest.getByLabel('Kies een wachtwoord').fill('Pannenkoeken-Op-Zondag-12');
  await guest.getByLabel('Herhaal het wachtwoord').fill('Pannenkoeken-Op-Zondag-12');
  await guest.getByRole('button', { name: 'Account maken' }).click();
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Je account is klaar');
  await expectNoAxeViolations(guest);
  // The professional only proposed what Ferry may see: until Kim agrees, Ferry sees nothing of her.
  await guest.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(guest.getByRole('main')).not.toContainText('Kim Hofman');

  const kimContext = await browser.newContext();
  const kim = await kimContext.newPage();
  await login(kim, demo('client').email, DEMO_PASSWORD);
  await kim.getByRole('main').getByRole('link', { name: 'Naar mijn kring' }).click();
  const proposal = kim.getByRole('article').filter({ hasText: 'Ferry Fictief' });
  await proposal.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(kim.getByRole('rowheader', { name: /Ferry Fictief/ })).toBeVisible();
  await expectNoAxeViolations(kim);
  await kimContext.close();

  await guest.reload();
  await expect(guest.getByRole('main').getByRole('link', { name: /Kim Hofman/ }).first()).toBeVisible();
  await guestContext.close();

  const againContext = await browser.newContext();
  const again = await againContext.newPage();
  await again.goto(link);
  await expect(again.getByText(/al gebruikt/i).first()).toBeVisible();
  await expectNoAxeViolations(again);
  await againContext.close();
});

test('someone who forgot their password sets a new one through the e-mailed link', async ({ page }) => {
  await page.goto('/wachtwoord-vergeten');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('E-mailadres').fill('ferry.fictief@voorbeeld.test');
  await page.getByRole('button', { name: /stuur|verstuur|versturen/i }).click();
  await expect(page.getByText(/Als dit adres bij ons bekend is/i).first()).toBeVisible();

  const link = await linkFromOutbox(page, 'ferry.fictief@voorbeeld.test');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const fields = page.getByLabel(/wachtwoord/i);
  await fields.nth(0).fill('Fietsen-Langs-De-Vecht-2026');
  if ((await fields.count()) > 1) await fields.nth(1).fill('Fietsen-Langs-De-Vecht-2026');
  await page.getByRole('button', { name: /opslaan|bewaar|wachtwoord/i }).click();
  await expect(page.getByText(/nieuwe wachtwoord|is veranderd|is opgeslagen|gewijzigd/i).first()).toBeVisible();
  await login(page, 'ferry.fictief@voorbeeld.test', 'Fietsen-Langs-De-Vecht-2026');
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
});
