import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { todayInNl } from '../../platform/access/index.js';
import { staleBefore } from './service.js';
import { activeUsersWithRole } from '../accounts/service.js';
import { registerImportJob } from './imports.js';

export const STALE_CHECK_JOB = 'socialmap.stale-check';

interface Owner {
  regionId: string;
  email: string;
  locale: 'nl' | 'en';
}

/**
 * Once a day: owners of social-map entries that have not been checked for six months get one mail
 * each (not one per entry), once per time an entry goes out of date. The entry's contact person is
 * the owner; without one, the team leads of the organisation, and without those the administrators.
 */
export async function sendStaleReminders(ctx: Pick<AppContext, 'db' | 'mail' | 'config'>, now = new Date()): Promise<number> {
  const before = staleBefore(todayInNl(now));
  const due = await ctx.db
    .selectFrom('social_offers as o')
    .innerJoin('organisations as org', (j) => j.onRef('org.id', '=', 'o.organisation_id').onRef('org.region_id', '=', 'o.region_id'))
    .leftJoin('social_contacts as c', (j) => j.onRef('c.id', '=', 'o.contact_id').onRef('c.region_id', '=', 'o.region_id'))
    .select(['o.id', 'o.region_id', 'o.organisation_id', 'c.email as contact_email'])
    .where('o.archived_at', 'is', null)
    .where('org.archived_at', 'is', null)
    .where('o.up_to_date_on', '<', before)
    .where((eb) => eb.or([eb('o.stale_reminded_at', 'is', null), eb(sql<string>`o.stale_reminded_at::date`, '<', eb.ref('o.up_to_date_on'))]))
    .limit(5000)
    .execute();
  if (due.length === 0) return 0;
  const owners = new Map<string, Owner & { count: number }>();
  for (const offer of due) {
    for (const owner of await ownersOf(ctx, offer.region_id, offer.organisation_id, offer.contact_email)) {
      const key = `${owner.regionId}:${owner.email}`;
      const found = owners.get(key);
      if (found) found.count += 1;
      else owners.set(key, { ...owner, count: 1 });
    }
  }
  for (const o of owners.values()) {
    const link = `${ctx.config.publicUrl}/sociale-kaart/nakijken`;
    const mail =
      o.locale === 'en'
        ? { subject: 'Please check your entries on the social map', text: `${o.count} of your entries on the social map have not been checked for six months. Please look at them and save them if they are still right:\n\n${link}\n` }
        : { subject: 'Kijk je aanbod op de sociale kaart even na?', text: `${o.count} van je onderdelen op de sociale kaart zijn al zes maanden niet nagekeken. Kijk ze even na. Klopt alles nog? Sla ze dan op:\n\n${link}\n` };
    await ctx.mail.send({ regionId: o.regionId, to: o.email, ...mail });
  }
  await ctx.db.updateTable('social_offers').set({ stale_reminded_at: now }).where('id', 'in', due.map((d) => d.id)).execute();
  return owners.size;
}

async function ownersOf(ctx: Pick<AppContext, 'db'>, regionId: string, organisationId: string, contactEmail: string | null): Promise<Owner[]> {
  if (contactEmail) {
    const u = await ctx.db.selectFrom('users').select('locale').where('email', '=', contactEmail).executeTakeFirst();
    return [{ regionId, email: contactEmail, locale: u?.locale ?? 'nl' }];
  }
  const leads = await activeUsersWithRole(ctx.db, regionId, 'teamleider', organisationId);
  const people = leads.length ? leads : await activeUsersWithRole(ctx.db, regionId, 'beheerder');
  return people.map((p) => ({ regionId, email: p.email, locale: p.locale }));
}

/** The daily check re-plans itself for tomorrow; the unique key per day keeps one per day across instances. */
export function registerSocialMapJobs(ctx: AppContext): void {
  registerImportJob(ctx);
  ctx.jobs.register(STALE_CHECK_JOB, async () => {
    await sendStaleReminders(ctx);
    await scheduleStaleCheck(ctx, new Date(Date.now() + 24 * 3_600_000));
  });
}

export async function scheduleStaleCheck(ctx: Pick<AppContext, 'jobs'>, at: Date = new Date()): Promise<void> {
  await ctx.jobs.enqueue(STALE_CHECK_JOB, {}, { runAt: at, uniqueKey: `${STALE_CHECK_JOB}:${todayInNl(at)}` });
}
