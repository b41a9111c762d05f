import { resetSecondFactor } from '../../modules/auth/service.js';
import { parseOptions, required } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';
import { requireUserByEmail } from '../lookups.js';
import { parseEmail } from './user-create.js';

export const userReset2faCommand: Command = {
  path: ['user', 'reset-2fa'],
  summary: 'Remove a lost second factor; the user sets it up again at the next log-in',
  help: `Usage: npm run cli -- user reset-2fa --email <e-mail>

Removes the user's authenticator app link and recovery codes and ends all sessions. Check the
person's identity first: whoever logs in next with the password links a new app.

Example: npm run cli -- user reset-2fa --email s.jansen@example.org`,
  async run(args, io) {
    const o = parseOptions(args, { email: { type: 'string' } });
    const email = parseEmail(required(o.email, 'email'));
    const user = await io.withContext(async (ctx) => {
      const u = await requireUserByEmail(ctx.db, email);
      await resetSecondFactor(ctx, u.id);
      return u;
    });
    io.out(`Two-step verification reset for ${user.displayName} <${user.email}>; it is set up again at the next log-in.`);
    return EXIT_OK;
  },
};
