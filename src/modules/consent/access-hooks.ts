import type { Db } from '../../platform/db/database.js';

export interface MemberTarget {
  regionId: string;
  clientId: string;
  linkId: string;
  /** The member is leaving the circle (the link is about to go), not only changing access. */
  leaving: boolean;
}

export type MemberAccessHook = (trx: Db, target: MemberTarget) => Promise<void>;

const hooks: MemberAccessHook[] = [];

/**
 * Other modules react when a member's access shrinks or they leave, inside the same transaction:
 * the plan sends their tasks back to the regisseur. Registered once at start-up by the module.
 */
export function onMemberAccessChanged(hook: MemberAccessHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

export async function runMemberAccessHooks(trx: Db, target: MemberTarget): Promise<void> {
  for (const hook of hooks) await hook(trx, target);
}
