import { setPassword } from '../../modules/accounts/service.js';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';
import { requireUserByEmail } from '../lookups.js';
import { randomPassword } from '../random-password.js';
import { parseEmail } from './user-create.js';

export const userResetPasswordCommand: Command = {
  path: ['user', 'reset-password'],
  summary: "Set a new password for a user (ends the user's sessions)",
  help: `Usage: npm run cli -- user reset-password --email <e-mail> [--password <password>]

Without --password a strong random password is generated and printed once. Either way every
session of the user ends. Prefer \`user create\`'s welcome link for new users.

Example: npm run cli -- user reset-password --email beheer@example.org`,
  async run(args, io) {
    const o = parseOptions(args, { email: { type: 'string' }, password: { type: 'string' } });
    const email = parseEmail(required(o.email, 'email'));
    const password = o.password ?? randomPassword();
    const user = await io.withContext(async (ctx) => {
      const u = await requireUserByEmail(ctx.db, email);
      await setPassword(ctx.db, u.id, password);
      return u;
    });
    if (o.password === undefined) {
      io.out(`New password for ${user.displayName} <${user.email}> (shown only now):`);
      io.out(password);
    } else {
      io.out(`Password changed for ${user.displayName} <${user.email}>.`);
    }
    io.out('All sessions of this user have ended.');
    return EXIT_OK;
  },
};
