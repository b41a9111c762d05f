import type { AppContext } from '../../platform/context.js';
import { AppError, tooManyRequests } from '../../platform/errors.js';
import { MFA_REQUIRED_ROLES, type Role, type SessionStage } from '../accounts/schema.js';
import { BAD_CODE, BAD_CREDENTIALS, RESET_INVALID } from './messages.js';
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { consumeRecoveryCode, issueRecoveryCodes, looksLikeRecoveryCode } from './recovery-codes.js';
import { open, seal } from './secret-box.js';
import { createSession, forgetUserSessions, revokeAllSessions, revokeSession, type ResolvedSession } from './sessions.js';
import { clearFailures, LOCK_MINUTES, lockedUntil, recordFailure, throttleKey } from './throttle.js';
import { hashToken, newToken } from './tokens.js';
import { checkTotp, newTotpSecret, totpQrSvg, totpUri } from './totp.js';
import { lockoutMail, passwordResetMail, welcomeMail } from './mail-templates.js';

export { createSession, resolveSession, revokeSession, revokeAllSessions } from './sessions.js';
export type { ResolvedSession, SessionUser } from './sessions.js';
export { hashPassword, checkPasswordPolicy } from './passwords.js';

type Ctx = Pick<AppContext, 'db' | 'config' | 'mail' | 'log'>;

export const requiresMfa = (roles: readonly Role[]): boolean => roles.some((r) => MFA_REQUIRED_ROLES.includes(r));

const retryAfter = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));

export interface LoginResult {
  token: string;
  stage: SessionStage;
}

export async function login(ctx: Ctx, input: { email: string; password: string; userAgent?: string | undefined }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const key = throttleKey(email);
  const locked = await lockedUntil(ctx.db, key);
  if (locked) throw tooManyRequests(retryAfter(locked));

  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'region_id', 'password_hash', 'totp_enabled_at', 'display_name', 'locale', 'email'])
    .where('email', '=', email)
    .where('status', '=', 'active')
    .executeTakeFirst();
  const passwordOk = user?.password_hash
    ? await verifyPassword(user.password_hash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password), false);

  if (!user || !passwordOk) {
    const lockedNow = await recordFailure(ctx.db, key);
    if (lockedNow && user) {
      const mail = lockoutMail(user.locale, user.display_name, LOCK_MINUTES);
      await ctx.mail.send({ regionId: user.region_id, to: user.email, ...mail });
    }
    ctx.log.info({ event: 'login.failed', locked: Boolean(lockedNow) }, 'login failed');
    throw new AppError(401, 'bad-credentials', BAD_CREDENTIALS);
  }
  await clearFailures(ctx.db, key);

  const roles = (await ctx.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()).map((r) => r.role);
  const stage: SessionStage = user.totp_enabled_at ? 'mfa_required' : requiresMfa(roles) ? 'mfa_enrol' : 'active';
  const token = await createSession(ctx.db, ctx.config, { userId: user.id, regionId: user.region_id, stage, userAgent: input.userAgent });
  if (stage === 'active') await markLoggedIn(ctx, user.id);
  ctx.log.info({ event: 'login.ok', userId: user.id, stage }, 'login');
  return { token, stage };
}

async function markLoggedIn(ctx: Ctx, userId: string): Promise<void> {
  await ctx.db.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', userId).execute();
}

/** A new session id for every step up in trust, so a fixed or leaked pre-login id is worthless. */
async function promote(ctx: Ctx, session: ResolvedSession, userAgent: string | undefined): Promise<string> {
  await revokeSession(ctx.db, session.id);
  const token = await createSession(ctx.db, ctx.config, { userId: session.user.id, regionId: session.user.regionId, stage: 'active', userAgent });
  await markLoggedIn(ctx, session.user.id);
  return token;
}

const mfaThrottleKey = (userId: string) => throttleKey(`mfa:${userId}`);

export async function verifySecondFactor(ctx: Ctx, session: ResolvedSession, code: string, userAgent?: string): Promise<string> {
  if (session.stage !== 'mfa_required') throw new AppError(409, 'wrong-stage', { nl: 'Deze stap is niet nodig.', en: 'This step is not needed.' });
  const key = mfaThrottleKey(session.user.id);
  const locked = await lockedUntil(ctx.db, key);
  if (locked) throw tooManyRequests(retryAfter(locked));

  const row = await ctx.db.selectFrom('users').select(['totp_secret_enc', 'totp_last_step']).where('id', '=', session.user.id).executeTakeFirstOrThrow();
  let ok = false;
  if (looksLikeRecoveryCode(code)) {
    ok = await consumeRecoveryCode(ctx.db, session.user.id, code);
  } else if (row.totp_secret_enc) {
    const step = await checkTotp(open(ctx.config.secretKey, row.totp_secret_enc), code.replace(/\s/g, ''), row.totp_last_step);
    if (step !== null) {
      // Conditional update: two concurrent requests with the same code cannot both succeed.
      const res = await ctx.db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', session.user.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      ok = Number(res.numUpdatedRows) > 0;
    }
  }
  if (!ok) {
    await recordFailure(ctx.db, key);
    throw new AppError(400, 'bad-code', BAD_CODE, [{ field: 'code', ...BAD_CODE }]);
  }
  await clearFailures(ctx.db, key);
  return promote(ctx, session, userAgent);
}

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

const canEnrol = (s: ResolvedSession) => s.stage === 'mfa_enrol' || (s.stage === 'active' && !s.user.mfaEnabled);

export async function startEnrolment(ctx: Ctx, session: ResolvedSession): Promise<Enrolment> {
  if (!canEnrol(session)) {
    throw new AppError(409, 'mfa-already-enabled', {
      nl: 'Tweestapsverificatie staat al aan.',
      en: 'Two-step verification is already on.',
    });
  }
  const secret = newTotpSecret();
  // Stored as pending (totp_enabled_at stays null) until the user proves the app works.
  await ctx.db
    .updateTable('users')
    .set({ totp_secret_enc: seal(ctx.config.secretKey, secret), totp_last_step: null })
    .where('id', '=', session.user.id)
    .where('totp_enabled_at', 'is', null)
    .execute();
  const otpauthUrl = totpUri(secret, session.user.email);
  return { secret, otpauthUrl, qrSvg: await totpQrSvg(otpauthUrl) };
}

export async function confirmEnrolment(
  ctx: Ctx,
  session: ResolvedSession,
  code: string,
  userAgent?: string,
): Promise<{ recoveryCodes: string[]; token: string | null }> {
  if (!canEnrol(session)) {
    throw new AppError(409, 'mfa-already-enabled', { nl: 'Tweestapsverificatie staat al aan.', en: 'Two-step verification is already on.' });
  }
  const row = await ctx.db.selectFrom('users').select(['totp_secret_enc']).where('id', '=', session.user.id).executeTakeFirstOrThrow();
  if (!row.totp_secret_enc) {
    throw new AppError(409, 'mfa-not-started', { nl: 'Begin eerst met koppelen.', en: 'Start linking first.' });
  }
  const step = await checkTotp(open(ctx.config.secretKey, row.totp_secret_enc), code.replace(/\s/g, ''), null);
  if (step === null) throw new AppError(400, 'bad-code', BAD_CODE, [{ field: 'code', ...BAD_CODE }]);
  const recoveryCodes = await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totp_enabled_at: new Date(), totp_last_step: step }).where('id', '=', session.user.id).execute();
    return issueRecoveryCodes(trx, { id: session.user.id, regionId: session.user.regionId });
  });
  forgetUserSessions(session.user.id);
  const token = session.stage === 'mfa_enrol' ? await promote(ctx, session, userAgent) : null;
  return { recoveryCodes, token };
}

/** Administrators reset a lost second factor; the user enrols again at the next log-in. */
export async function resetSecondFactor(ctx: Ctx, userId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totp_secret_enc: null, totp_enabled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await revokeAllSessions(trx, userId);
  });
}

const RESET_HOURS = 1;

/** Always quiet: the caller answers 202 whether or not the address is known. */
export async function requestPasswordReset(ctx: Ctx, emailInput: string, kind: 'reset' | 'welcome' = 'reset'): Promise<void> {
  const email = emailInput.trim().toLowerCase();
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'region_id', 'display_name', 'locale', 'email'])
    .where('email', '=', email)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!user) return;
  const hours = kind === 'welcome' ? ctx.config.invitationDays * 24 : RESET_HOURS;
  const token = newToken();
  await ctx.db
    .insertInto('password_resets')
    .values({ region_id: user.region_id, user_id: user.id, token_hash: hashToken(token), expires_at: new Date(Date.now() + hours * 3_600_000) })
    .execute();
  const link = `${ctx.config.publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
  const mail = kind === 'welcome' ? welcomeMail(user.locale, user.display_name, link, ctx.config.invitationDays) : passwordResetMail(user.locale, user.display_name, link, RESET_HOURS);
  await ctx.mail.send({ regionId: user.region_id, to: user.email, ...mail });
}

export async function confirmPasswordReset(ctx: Ctx, token: string, password: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const reset = await trx
      .selectFrom('password_resets')
      .innerJoin('users', 'users.id', 'password_resets.user_id')
      .select(['password_resets.id', 'password_resets.user_id', 'users.email', 'users.display_name'])
      .where('password_resets.token_hash', '=', hashToken(token))
      .where('password_resets.used_at', 'is', null)
      .where('password_resets.expires_at', '>', new Date())
      .forUpdate('password_resets')
      .executeTakeFirst();
    if (!reset) throw new AppError(410, 'reset-invalid', RESET_INVALID, [{ field: 'token', ...RESET_INVALID }]);
    checkPasswordPolicy(password, 'password', [reset.email, reset.display_name]);
    const now = new Date();
    await trx
      .updateTable('users')
      .set({ password_hash: await hashPassword(password), password_changed_at: now, updated_at: now })
      .where('id', '=', reset.user_id)
      .execute();
    // Every outstanding link dies with the one used, and every session with the old password.
    await trx.updateTable('password_resets').set({ used_at: now }).where('user_id', '=', reset.user_id).where('used_at', 'is', null).execute();
    await revokeAllSessions(trx, reset.user_id);
    await clearFailures(trx, throttleKey(reset.email));
  });
}
