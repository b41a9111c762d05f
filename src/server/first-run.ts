import type { AppContext } from '../platform/context.js';
import { seedDemo } from '../modules/demo/index.js';

/**
 * An empty installation gets the fictional demo region so that `npm start` shows a working product.
 * Any region present means the installation is in use: nothing is seeded, nothing is re-initialised.
 */
export async function seedOnFirstRun(ctx: AppContext): Promise<void> {
  const anyRegion = await ctx.db.selectFrom('regions').select('id').limit(1).executeTakeFirst();
  if (anyRegion || process.env.SEED_DEMO === 'off') return;
  console.log('Eerste start: de demoregio "Regio Voorbeeld" wordt aangemaakt...');
  const logins = await seedDemo(ctx, {
    onProgress: (done, total) => process.stderr.write(`\r  demo-gegevens ${done}/${total}`),
  });
  process.stderr.write('\n');
  console.log('\nDemo log-ins (wachtwoord voor allemaal hieronder):');
  for (const l of logins) console.log(`  ${l.role.padEnd(18)} ${l.email}`);
  if (logins[0]) console.log(`  wachtwoord: ${logins[0].password}`);
  console.log('Professionals en beheerders koppelen bij de eerste keer inloggen een app voor tweestapsverificatie.\n');
}
