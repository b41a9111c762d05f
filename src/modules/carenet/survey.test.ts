import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { loginAs } from '../../testing/safety-fixtures.js';
import { todayInNl } from '../../platform/access/index.js';
import { shiftDay } from './minutes-dates.js';
import type { SurveyOverview, SurveyResults } from './survey-model.js';
import { SURVEY_QUESTIONS } from './survey-questions.js';
import { networkFixture, type NetworkFixture } from './minutes-test-fixtures.js';

let t: TestApp;
let f: NetworkFixture;
let chair: TestClient;
const answers = (v: number, text = '') => Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, q.kind === 'likert' ? v : q.id === 'open-better' ? text : '']));

beforeAll(async () => {
  t = await createTestApp();
  f = await networkFixture(t.ctx, 'h6sur');
  chair = await loginAs(t, f.chair);
}, 60_000);
afterAll(() => t.close());

describe('partner survey', () => {
  let roundId = '';
  it('the chair opens a round; members answer once, anonymously', async () => {
    const rep1 = await loginAs(t, f.rep1);
    expect((await rep1.post(`/api/care-survey/networks/${f.networkId}/rounds`, { closesOn: shiftDay(todayInNl(), 14) })).statusCode).toBe(403);
    expect((await chair.post(`/api/care-survey/networks/${f.networkId}/rounds`, { closesOn: shiftDay(todayInNl(), 90) })).statusCode).toBe(422);
    const opened = await chair.post(`/api/care-survey/networks/${f.networkId}/rounds`, { closesOn: shiftDay(todayInNl(), 14) });
    expect(opened.statusCode).toBe(201);
    const o = opened.json() as SurveyOverview;
    roundId = o.rounds[0]!.id;
    expect(o.rounds[0]).toMatchObject({ open: true, answerCount: 0, eligibleCount: 4 });
    expect(o.canAnswer).toBe(false);
    expect((await chair.post(`/api/care-survey/networks/${f.networkId}/rounds`, { closesOn: shiftDay(todayInNl(), 10) })).statusCode).toBe(422);
    expect((await chair.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: answers(4) })).statusCode).toBe(403);

    expect((await rep1.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: { ...answers(4), 'role-bridge': 7 } })).statusCode).toBe(422);
    expect((await rep1.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: { ...answers(4), extra: 1 } })).statusCode).toBe(422);
    const { 'comp-right': _skip, ...missing } = answers(4);
    expect((await rep1.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: missing })).statusCode).toBe(422);
    const a = await rep1.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: answers(4, 'Kortere overleggen') });
    expect(a.statusCode).toBe(201);
    expect((a.json() as SurveyOverview).rounds[0]?.answeredByMe).toBe(true);
    expect((await rep1.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: answers(2) })).statusCode).toBe(409);
    expect((await (await loginAs(t, f.outsider)).get(`/api/care-survey/networks/${f.networkId}`)).statusCode).toBe(404);

    // The answers table holds no user and no time; only the separate "who answered" table names anyone.
    const cols = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'care_survey_responses'`.execute(t.ctx.db);
    expect(cols.rows.map((c) => c.column_name).sort()).toEqual(['answers', 'id', 'region_id', 'round_id']);
    const stored = await t.ctx.db.selectFrom('care_survey_responses').selectAll().where('round_id', '=', roundId).execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored[0])).not.toContain(f.rep1.id);
  });

  it('shows results only after the round closes and with at least three answers', async () => {
    const rep2 = await loginAs(t, f.rep2);
    await rep2.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: answers(2, 'Meer casussen, minder praten') });
    expect((await chair.get(`/api/care-survey/rounds/${roundId}/results`)).statusCode).toBe(403);
    const sec = await loginAs(t, f.secretary);
    await sec.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: answers(5) });
    // Three answers, but the round still runs: totals that move after each answer would give answers away.
    expect((await chair.get(`/api/care-survey/rounds/${roundId}/results`)).statusCode).toBe(403);
    expect((await sec.post(`/api/care-survey/rounds/${roundId}/close`)).statusCode).toBe(403);
    expect((await chair.post(`/api/care-survey/rounds/${roundId}/close`)).statusCode).toBe(200);
    const res = await chair.get(`/api/care-survey/rounds/${roundId}/results`);
    expect(res.statusCode).toBe(200);
    const r = res.json() as SurveyResults;
    expect(r.answerCount).toBe(3);
    expect(r.previousRound).toBeNull();
    const bridge = r.likert.find((x) => x.questionId === 'role-bridge')!;
    expect(bridge.average).toBe(3.7);
    expect(bridge.counts.filter((c) => c.count > 0)).toEqual([
      { value: 2, count: 1 },
      { value: 4, count: 1 },
      { value: 5, count: 1 },
    ]);
    expect(r.open.find((x) => x.questionId === 'open-better')?.answers).toEqual(['Kortere overleggen', 'Meer casussen, minder praten']);
    expect((await sec.post(`/api/care-survey/rounds/${roundId}/answers`, { answers: answers(3) })).statusCode).toBe(422);
  });

  it('a closed round with fewer than three answers shows nothing; the next good round is compared with the last good one', async () => {
    const thin = (await chair.post(`/api/care-survey/networks/${f.networkId}/rounds`, { closesOn: shiftDay(todayInNl(), 7) })).json() as SurveyOverview;
    const thinId = thin.rounds[0]!.id;
    await (await loginAs(t, f.rep1)).post(`/api/care-survey/rounds/${thinId}/answers`, { answers: answers(1) });
    await chair.post(`/api/care-survey/rounds/${thinId}/close`);
    expect((await chair.get(`/api/care-survey/rounds/${thinId}/results`)).statusCode).toBe(403);
    const next = (await chair.post(`/api/care-survey/networks/${f.networkId}/rounds`, { closesOn: shiftDay(todayInNl(), 7) })).json() as SurveyOverview;
    const nextId = next.rounds[0]!.id;
    for (const u of [f.rep1, f.rep2, f.subMember]) expect((await (await loginAs(t, u)).post(`/api/care-survey/rounds/${nextId}/answers`, { answers: answers(5) })).statusCode).toBe(201);
    await chair.post(`/api/care-survey/rounds/${nextId}/close`);
    const r = (await chair.get(`/api/care-survey/rounds/${nextId}/results`)).json() as SurveyResults;
    expect(r.previousRound?.id).toBe(roundId);
    expect(r.likert.find((x) => x.questionId === 'role-bridge')).toMatchObject({ average: 5, previousAverage: 3.7 });
  });
});
