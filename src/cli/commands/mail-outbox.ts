import { listOutbox } from '../../platform/mail/index.js';
import { positiveInt, parseOptions } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';
import { requireRegion } from '../lookups.js';

export const mailOutboxCommand: Command = {
  path: ['mail', 'outbox'],
  summary: 'Show stored mail messages (newest first)',
  help: `Usage: npm run cli -- mail outbox [--limit <n>] [--region <slug>]

Without SMTP every message stays in the outbox: this is how you read welcome and reset links
on a test or demo installation. Messages contain personal data; do not paste them into tickets.

  --limit   how many messages (default 10, at most 500)
  --region  only this region's messages`,
  async run(args, io) {
    const o = parseOptions(args, { limit: { type: 'string' }, region: { type: 'string' } });
    const limit = Math.min(positiveInt(o.limit, 'limit', 10), 500);
    const messages = await io.withContext(async (ctx) => {
      const region = o.region ? await requireRegion(ctx.db, o.region.trim()) : undefined;
      return listOutbox(ctx.db, { limit, ...(region ? { regionId: region.id } : {}) });
    });
    if (messages.length === 0) {
      io.out('The outbox is empty.');
      return EXIT_OK;
    }
    for (const m of messages) {
      io.out(`── ${m.created_at.toISOString()}  ${m.status}${m.last_error ? ` (${m.last_error})` : ''}`);
      io.out(`To:      ${m.to_address}`);
      io.out(`Subject: ${m.subject}`);
      io.out('');
      for (const line of m.text_body.split('\n')) io.out(`  ${line}`);
      io.out('');
    }
    io.out(`${messages.length} message(s).`);
    return EXIT_OK;
  },
};
