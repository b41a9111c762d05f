import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/modules/demo/logins.js';

export { DEMO_PASSWORD };

export function demo(role: string) {
  const found = DEMO_LOGINS.find((l) => l.role === role);
  if (!found) throw new Error(`no demo log-in for ${role}`);
  return found;
}
