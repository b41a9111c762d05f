import { emailField } from '../../modules/accounts/model.js';
import { ROLES, type Role } from '../../modules/accounts/schema.js';
import { createUser } from '../../modules/accounts/service.js';
import { requestPasswordReset, requiresMfa } from '../../modules/auth/service.js';
import { listOutbox } from '../../platform/mail/index.js';
import type { AppContext } from '../../platform/context.js';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { requireOrganisation, requireRegion } from '../lookups.js';

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

export function parseRoles(value: string): Role[] {
  const roles = value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const wrong = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || wrong.length) {
    throw new UsageError(`${wrong.length ? `Unknown role(s): ${wrong.join(', ')}. ` : ''}--roles takes a comma-separated list of: ${ROLES.join(', ')}.`);
  }
  return [...new Set(roles.filter(isRole))];
}

export function parseEmail(value: string): string {
  const parsed = emailField.safeParse(value);
  if (!parsed.success) throw new UsageError(`"${value}" is not a valid e-mail address.`);
  return parsed.data;
}

/** The welcome mail holds a single-use link; an operator without SMTP needs to hand it over. */
async function welcomeLink(ctx: AppContext, regionId: string, email: string): Promise<string | undefined> {
  const recent = await listOutbox(ctx.db, { regionId, limit: 20 });
  const mail = recent.find((m) => m.to_address === email);
  return mail?.text_body.match(/https?:\/\/\S+token=[\w%-]+/)?.[0];
}

export const userCreateCommand: Command = {
  path: ['user', 'create'],
  summary: 'Create a user account',
  help: `Usage: npm run cli -- user create --region <slug> --email <e-mail> --name <name> --roles <a,b>
         [--organisation <name>] [--job-title <title>] [--password <password>]

  --roles         comma-separated: ${ROLES.join(', ')}
  --organisation  name of an organisation in the region
  --password      set a password now (12+ characters, hard to guess). Note: it shows in the
                  shell history and process list. Without it the user gets a welcome mail with a
                  link to choose a password (stored in the outbox when no SMTP is configured);
                  the link is printed too.

Professionals, administrators and policy advisers set up two-step verification at their first log-in.

Example: npm run cli -- user create --region zwolle --email beheer@example.org --name "A. Beheerder" --roles beheerder`,
  async run(args, io) {
    const o = parseOptions(args, {
      region: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      organisation: { type: 'string' },
      'job-title': { type: 'string' },
      password: { type: 'string' },
    });
    const slug = required(o.region, 'region');
    const email = parseEmail(required(o.email, 'email'));
    const displayName = required(o.name, 'name');
    const roles = parseRoles(required(o.roles, 'roles'));
    const result = await io.withContext(async (ctx) => {
      const region = await requireRegion(ctx.db, slug);
      const org = o.organisation ? await requireOrganisation(ctx.db, region.id, o.organisation.trim()) : undefined;
      const user = await createUser(ctx.db, region.id, {
        email,
        displayName,
        roles,
        organisationId: org?.id ?? null,
        jobTitle: o['job-title']?.trim() || null,
        ...(o.password !== undefined ? { password: o.password } : {}),
      });
      if (o.password !== undefined) return { user, link: undefined };
      await requestPasswordReset(ctx, email, 'welcome');
      return { user, link: await welcomeLink(ctx, region.id, email) };
    });
    io.out(`Created user ${displayName} <${email}> with role(s) ${roles.join(', ')}, id ${result.user.id}.`);
    if (o.password === undefined) {
      io.out('A welcome mail with a link to choose a password was queued (see `mail outbox` when no SMTP is configured).');
      if (result.link) io.out(`Welcome link: ${result.link}`);
    }
    if (requiresMfa(roles)) io.out('At the first log-in this user sets up two-step verification.');
    return EXIT_OK;
  },
};
