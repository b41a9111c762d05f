import type { Command } from '../command.js';
import { auditVerifyCommand } from './audit-verify.js';
import { backupCommand } from './backup.js';
import { mailOutboxCommand } from './mail-outbox.js';
import { migrateCommand } from './migrate.js';
import { organisationCreateCommand } from './organisation-create.js';
import { regionCreateCommand } from './region-create.js';
import { restoreCommand } from './restore.js';
import { seedDemoCommand } from './seed-demo.js';
import { userCreateCommand } from './user-create.js';
import { userReset2faCommand } from './user-reset-2fa.js';
import { userResetPasswordCommand } from './user-reset-password.js';

export const COMMANDS: readonly Command[] = [
  migrateCommand,
  regionCreateCommand,
  organisationCreateCommand,
  userCreateCommand,
  userResetPasswordCommand,
  userReset2faCommand,
  seedDemoCommand,
  auditVerifyCommand,
  mailOutboxCommand,
  backupCommand,
  restoreCommand,
];
