import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './demo.js';
import { expectNoAxeViolations, login } from './support.js';

test.describe.configure({ mode: 'serial' });

interface Session {
  csrfToken: string;
  user?: { organisationId: string | null; organisationName: string | null };
}

async function session(request: APIRequestContext): Promise<Session> {
  const res = await request.get('/api/auth/session');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Session;
}

/** The region's municipalities, as the search form lists them. */
async function firstMunicipality(page: Page): Promise<{ id: string; name: string }> {
  const municipalities = (await (await page.request.get('/api/social-map/municipalities')).json()) as { id: string; name: string }[];
  if (!municipalities[0]) throw new Error('no municipalities in the demo region');
  return municipalities[0];
}

/** Adds an offer through the API, with the session's CSRF token (the pages for it are tested in 12-socialmap-owner). */
async function createOffer(page: Page, body: Record<string, unknown>): Promise<{ id: string; title: string }> {
  const { csrfToken } = await session(page.request);
  const res = await page.request.post('/api/social-map/offers', { data: body, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; title: string };
}

/** No sideways scrolling at phone width (WCAG 1.4.10 reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a professional finds an offer on the social map and reads its details, also on a phone', async ({ page }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const walkTitle = `Wandelgroep Samen op pad ${tag}`;
  const cafeTitle = `Taalcafé De Buren ${tag}`;

  await login(page, demo('professional').email, DEMO_PASSWORD);
  const me = await session(page.request);
  const organisationName = me.user?.organisationName;
  const organisationId = me.user?.organisationId;
  if (!organisationName || !organisationId) throw new Error('the demo professional has no organisation');
  const municipality = await firstMunicipality(page);

  const walk = await createOffer(page, {
    organisationId,
    title: walkTitle,
    description: 'Elke week wandelen we samen een uur door de wijk. Daarna drinken we koffie. Je hoeft niet snel te kunnen lopen.',
    kind: 'activiteit',
    needs: ['eenzaamheid', 'gezondheid'],
    targetGroup: 'Ouderen en iedereen die graag buiten is',
    ageMin: 55,
    ageMax: null,
    municipalityId: municipality.id,
    cost: 'gratis',
    accessRoute: 'vrij',
    openingTimes: { '1': '09:00-12:00', '4': '13:30-15:00, 16:00-17:00' },
  });
  const cafe = await createOffer(page, {
    organisationId,
    title: cafeTitle,
    description: 'Oefen Nederlands praten met buren. Elke keer een ander onderwerp.',
    kind: 'cursus',
    needs: ['taal'],
    cost: 'eigen-bijdrage',
    costNote: '2 euro per keer',
    accessRoute: 'aanmelden',
    openingTimes: {},
  });

  // The menu leads to the search page.
  await page.getByRole('navigation', { name: /menu/i }).getByRole('link', { name: 'Sociale kaart' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sociale kaart');
  await expect(page.getByRole('status').filter({ hasText: /We vonden/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Search "wandel": the walking group, not the language café; the search is in the URL.
  await page.getByLabel('Waar zoek je naar?').fill('wandel');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/[?&]q=wandel/);
  await expect(page.getByRole('status').filter({ hasText: /We vonden \d+ resulta/ })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: walkTitle }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText(organisationName);
  await expect(card).toContainText('Gratis');
  await expect(card).toContainText('Vanaf 55 jaar');
  await expect(card).toContainText(municipality.name);
  await expect(page.getByRole('link', { name: cafeTitle })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Filters narrow it down: at 30 the walking group (55+) does not show; the form keeps the words.
  await page.getByLabel('Leeftijd').fill('30');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/age=30/);
  await expect(page.getByRole('link', { name: walkTitle })).toHaveCount(0);
  await expect(page.getByLabel('Waar zoek je naar?')).toHaveValue('wandel');
  // A wrong age is explained at the field, and nothing is searched.
  await page.getByLabel('Leeftijd').fill('oud');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText('Vul een leeftijd in van 0 tot en met 120.')).toBeVisible();
  await expect(page.getByLabel('Leeftijd')).toBeFocused();
  await expect(page).toHaveURL(/age=30/);
  // Back to the plain "wandel" search (the back button restores the form too).
  await page.goBack();
  await expect(page).not.toHaveURL(/age=/);
  await expect(page.getByLabel('Leeftijd')).toHaveValue('');

  // The offer page says everything in plain words.
  await page.getByRole('link', { name: walkTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(walkTitle);
  const main = page.getByRole('main');
  await expect(main).toContainText('Ouderen en iedereen die graag buiten is');
  await expect(main).toContainText('Vanaf 55 jaar');
  await expect(main).toContainText(municipality.name);
  await expect(main).toContainText('Gratis');
  await expect(main).toContainText('Je kunt zo binnenlopen.');
  await expect(main).toContainText('09:00 tot 12:00 uur');
  await expect(main).toContainText('13:30 tot 15:00 uur en 16:00 tot 17:00 uur');
  await expect(main).toContainText('Eenzaamheid, Gezondheid');
  await expect(main).toContainText('Bijgewerkt op');
  await expect(main).toContainText(organisationName);
  await expectNoAxeViolations(page);

  // "Terug naar zoeken" returns to the same search.
  await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
  await expect(page).toHaveURL(/[?&]q=wandel/);
  await expect(page.getByRole('link', { name: walkTitle })).toBeVisible();

  // The other offer: for the whole region, with a cost note and signing up first; no fixed times.
  await page.goto(`/sociale-kaart/${cafe.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cafeTitle);
  await expect(main).toContainText('Hele regio');
  await expect(main).toContainText('Eigen bijdrage. 2 euro per keer');
  await expect(main).toContainText('Je meldt je eerst aan.');
  await expect(main).toContainText('Er zijn geen vaste tijden.');
  await expectNoAxeViolations(page);

  // "Meer laden": 21 choirs, 20 per page; the next page adds the rest and focus goes to the first new one.
  for (let n = 1; n <= 21; n++) {
    await createOffer(page, {
      organisationId,
      title: `Zangkoor ${String(n).padStart(2, '0')} ${tag}`,
      description: 'Samen zingen, één keer per week.',
      kind: 'activiteit',
      cost: 'betaald',
      accessRoute: 'aanmelden',
    });
  }
  await page.goto('/sociale-kaart?q=zangkoor');
  await expect(page.getByRole('status').filter({ hasText: 'We vonden 21 resultaten. Je ziet er nu 20.' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Wat we vonden' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(results).toHaveCount(20);
  await page.getByRole('button', { name: 'Meer laden' }).click();
  await expect(results).toHaveCount(21);
  await expect(page.getByRole('status').filter({ hasText: 'We vonden 21 resultaten.' })).not.toContainText('Je ziet er nu');
  await expect(page.getByRole('link', { name: `Zangkoor 21 ${tag}` })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Meer laden' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // An offer that does not exist says so.
  await page.goto('/sociale-kaart/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit aanbod is er niet (meer)');

  // On a phone (360 px): cards and details fit without sideways scrolling, and stay accessible.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/sociale-kaart?q=wandel');
  await expect(page.getByRole('link', { name: walkTitle })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await page.goto(`/sociale-kaart/${walk.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(walkTitle);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
