import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { demo, DEMO_PASSWORD } from './demo.js';

/** Every page must have zero axe-core violations (WCAG 2.1 A and AA rules). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

// TOTP secrets of accounts enrolled during this run, shared between spec files via the data dir.
const secretsFile = () => path.join(process.env.E2E_DATA_DIR ?? '.', 'e2e-totp.json');
// The last time step used per account, in the data dir too: Playwright starts a new worker after a
// failed test, and a code of a step already used would be refused as a replay.
const stepsFile = () => path.join(process.env.E2E_DATA_DIR ?? '.', 'e2e-totp-steps.json');
const lastStep = {
  get(email: string): number | undefined {
    return existsSync(stepsFile()) ? (JSON.parse(readFileSync(stepsFile(), 'utf8')) as Record<string, number>)[email] : undefined;
  },
  set(email: string, step: number): void {
    const all = existsSync(stepsFile()) ? (JSON.parse(readFileSync(stepsFile(), 'utf8')) as Record<string, number>) : {};
    writeFileSync(stepsFile(), JSON.stringify({ ...all, [email]: step }));
  },
};

function loadSecrets(): Record<string, string> {
  return existsSync(secretsFile()) ? (JSON.parse(readFileSync(secretsFile(), 'utf8')) as Record<string, string>) : {};
}

function saveSecret(email: string, secret: string): void {
  writeFileSync(secretsFile(), JSON.stringify({ ...loadSecrets(), [email]: secret }));
}

/** A code for a time step not used before for this account: the server refuses replayed codes. */
async function freshCode(email: string, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (lastStep.get(email) ?? -1) + 1);
  if (step > now + 1) {
    await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 500));
  }
  lastStep.set(email, step);
  return generate({ secret, epoch: step * 30 });
}

export const DEMO_PASSWORD_ENV = 'E2E_DEMO_PASSWORD';

export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Logs in through the real pages. A professional without a second factor enrols on the way (the
 * secret is read off the page, like a person would type it into an app); later log-ins use it.
 */
export async function login(page: Page, email: string, password: string): Promise<void> {
  await fillLogin(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/inloggen');
  const pathname = new URL(page.url()).pathname;
  if (pathname === '/inloggen/tweestapsverificatie') {
    await completeEnrolment(page, email);
    await acknowledgeRecoveryCodes(page);
    return;
  }
  if (pathname === '/inloggen/code') await enterCode(page, email);
}

/** On the code page: types the current code from the (simulated) authenticator app. */
export async function enterCode(page: Page, email: string): Promise<void> {
  const secret = loadSecrets()[email];
  if (!secret) throw new Error(`No TOTP secret known for ${email}`);
  await page.getByLabel('Code uit je app').fill(await freshCode(email, secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/** On the enrolment page: reads the secret like a person typing it into an app, confirms a code. */
export async function completeEnrolment(page: Page, email: string): Promise<void> {
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  saveSecret(email, secret);
  await page.getByLabel('Code uit je app').fill(await freshCode(email, secret));
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByTestId('recovery-codes')).toBeVisible();
}

export async function acknowledgeRecoveryCodes(page: Page): Promise<void> {
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/inloggen**');
}

/** An administrator opens the newest mail to `to` in the outbox and returns the link in it (path and query). */
export async function linkFromOutbox(page: Page, to: string): Promise<string> {
  await login(page, demo('beheerder').email, DEMO_PASSWORD);
  await page.goto('/beheer/uitgaande-mail');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('row').filter({ hasText: to }).first().getByRole('link').first().click();
  await expect(page.getByRole('main')).toContainText('Hallo');
  const body = await page.getByRole('main').innerText();
  const m = /https?:\/\/\S+/.exec(body.slice(body.indexOf('Hallo')));
  if (!m) throw new Error(`no link in mail to ${to}`);
  await logout(page);
  return new URL(m[0]).pathname + new URL(m[0]).search;
}
