import type { Db } from '../../platform/db/database.js';
import type { SeededIds } from './seed.js';

/** Demo content of this area, inside the seed transaction. */
export async function seedNaasten(_trx: Db, _ids: SeededIds, _today: Date): Promise<void> {
  // Filled in by the work on this area.
}
