import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { findRegion } from '../accounts/service.js';
import { seedDemo } from '../demo/seed.js';
import { DEMO_REGION } from '../demo/organisations.js';
import { searchOffers } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo social map', () => {
  it('puts invented offers and contact persons on the demo region\'s map, a few of them due for a check', async () => {
    await seedDemo(t.ctx);
    const region = await findRegion(t.ctx.db, DEMO_REGION.slug);
    if (!region) throw new Error('no demo region');
    const all = await searchOffers(t.ctx.db, region.id, { limit: 100, offset: 0 });
    expect(all.total).toBe(10);
    expect(all.offers.filter((o) => o.stale).map((o) => o.title).sort()).toEqual(['Hulp bij brieven en geldzaken', 'Mantelzorgcafé Beekdal', 'Taalmaatje']);
    expect(all.offers.find((o) => o.title === 'Mantelzorgcafé Beekdal')).toMatchObject({ organisationName: 'Wijkteam Beekdal', municipalityName: 'Beekdal' });
    const contacts = await t.ctx.db.selectFrom('social_contacts').select('name').where('region_id', '=', region.id).execute();
    expect(contacts).toHaveLength(4);
  });
});
