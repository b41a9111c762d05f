import { sql } from 'kysely';
import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.js';
import { shiftDay } from './minutes-dates.js';
import { SURVEY_MIN_ANSWERS, type SurveyAnswers } from './minutes-schema.js';
import { networkRole, type NetworkRole } from './service.js';
import type { AnswersInput, RoundView, SurveyOverview, SurveyResults } from './survey-model.js';
import { LIKERT_VALUES, SURVEY_QUESTIONS } from './survey-questions.js';

type Ctx = Pick<AppContext, 'db'>;
const MAX_ROUND_DAYS = 60;

const notHere = () => notFound({ nl: 'Dit netwerk bestaat niet of je hoort er niet bij.', en: 'This network does not exist or you are not part of it.' });
/** The chair asks about the network and about themselves: they do not answer. */
const mayAnswer = (r: NetworkRole) => (r.member || r.secretary) && !r.chair;

interface RoundRow {
  id: string;
  network_id: string;
  opens_on: string;
  closes_on: string;
  closed_at: Date | null;
}

const isFinished = (r: RoundRow, today: string) => r.closed_at !== null || today > r.closes_on;
const isOpen = (r: RoundRow, today: string) => !isFinished(r, today) && today >= r.opens_on;

async function surveyRole(db: Db, actor: Actor, networkId: string): Promise<NetworkRole> {
  const role = await networkRole(db, actor.regionId, networkId, actor.userId);
  if (!role.chair && !role.secretary && !role.member) throw notHere();
  return role;
}

/** Who may answer: the secretary and the active members, without the chair. */
async function eligibleCount(db: Db, regionId: string, networkId: string, today: string): Promise<number> {
  const row = await sql<{ n: number }>`
    SELECT count(DISTINCT u)::int AS n FROM (
      SELECT cm.user_id AS u FROM care_network_members cm
       WHERE cm.region_id = ${regionId} AND cm.network_id = ${networkId} AND cm.active_from <= ${today}
         AND (cm.active_until IS NULL OR cm.active_until >= ${today})
      UNION SELECT n.secretary_user_id FROM care_networks n WHERE n.id = ${networkId} AND n.secretary_user_id IS NOT NULL
    ) p WHERE u IS DISTINCT FROM (SELECT chair_user_id FROM care_networks WHERE id = ${networkId})`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

async function roundViews(db: Db, actor: Actor, rounds: RoundRow[], networkId: string, today: string): Promise<RoundView[]> {
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const counts = await db.selectFrom('care_survey_responses').select(['round_id', sql<number>`count(*)::int`.as('n')]).where('round_id', 'in', ids).groupBy('round_id').execute();
  const mine = await db.selectFrom('care_survey_respondents').select('round_id').where('round_id', 'in', ids).where('user_id', '=', actor.userId).execute();
  const eligible = await eligibleCount(db, actor.regionId, networkId, today);
  return rounds.map((r) => {
    const n = Number(counts.find((c) => c.round_id === r.id)?.n ?? 0);
    const finished = isFinished(r, today);
    return {
      id: r.id,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      open: isOpen(r, today),
      finished,
      answerCount: n,
      eligibleCount: eligible,
      answeredByMe: mine.some((m) => m.round_id === r.id),
      resultsAvailable: finished && n >= SURVEY_MIN_ANSWERS,
    };
  });
}

const roundsOf = (db: Db, regionId: string, networkId: string) =>
  db.selectFrom('care_survey_rounds').select(['id', 'network_id', 'opens_on', 'closes_on', 'closed_at']).where('region_id', '=', regionId).where('network_id', '=', networkId).orderBy('opens_on', 'desc').orderBy('created_at', 'desc');

export async function surveyOverview(ctx: Ctx, actor: Actor, networkId: string, now = new Date()): Promise<SurveyOverview> {
  const role = await surveyRole(ctx.db, actor, networkId);
  const network = await ctx.db.selectFrom('care_networks').select(['id', 'name']).where('region_id', '=', actor.regionId).where('id', '=', networkId).executeTakeFirstOrThrow();
  const today = todayInNl(now);
  const rounds = await roundsOf(ctx.db, actor.regionId, networkId).limit(20).execute();
  return { network, canOpen: role.chair, canAnswer: mayAnswer(role), minAnswers: SURVEY_MIN_ANSWERS, rounds: await roundViews(ctx.db, actor, rounds, networkId, today) };
}

/** The chair opens a round from today until a day of their choice; one round at a time. */
export async function openRound(ctx: Ctx, actor: Actor, networkId: string, closesOn: string, now = new Date()): Promise<SurveyOverview> {
  const role = await surveyRole(ctx.db, actor, networkId);
  if (!role.chair) throw forbidden({ nl: 'Alleen de voorzitter zet een enquête uit.', en: 'Only the chair sends out a survey.' });
  const today = todayInNl(now);
  if (closesOn < today) throw invalid('closesOn', 'Deze datum is al voorbij.', 'This date has already passed.');
  if (closesOn > shiftDay(today, MAX_ROUND_DAYS)) throw invalid('closesOn', `Een ronde duurt hoogstens ${MAX_ROUND_DAYS} dagen.`, `A round lasts at most ${MAX_ROUND_DAYS} days.`);
  await ctx.db.transaction().execute(async (trx) => {
    // Lock the network row so two chairs' clicks cannot open two rounds at once.
    await trx.selectFrom('care_networks').select('id').where('id', '=', networkId).forUpdate().executeTakeFirstOrThrow();
    const running = (await roundsOf(trx, actor.regionId, networkId).execute()).find((r) => !isFinished(r, today));
    if (running) throw invalid('closesOn', 'Er loopt al een ronde. Sluit die eerst.', 'A round is already running. Close it first.');
    await trx.insertInto('care_survey_rounds').values({ region_id: actor.regionId, network_id: networkId, opens_on: today, closes_on: closesOn, opened_by: actor.userId }).execute();
  });
  return surveyOverview(ctx, actor, networkId, now);
}

async function roundOf(ctx: Ctx, actor: Actor, roundId: string): Promise<RoundRow> {
  const r = await ctx.db.selectFrom('care_survey_rounds').select(['id', 'network_id', 'opens_on', 'closes_on', 'closed_at']).where('region_id', '=', actor.regionId).where('id', '=', roundId).executeTakeFirst();
  if (!r) throw notFound();
  return r;
}

export async function closeRound(ctx: Ctx, actor: Actor, roundId: string, now = new Date()): Promise<SurveyOverview> {
  const r = await roundOf(ctx, actor, roundId);
  const role = await surveyRole(ctx.db, actor, r.network_id);
  if (!role.chair) throw forbidden({ nl: 'Alleen de voorzitter sluit een enquête.', en: 'Only the chair closes a survey.' });
  await ctx.db.updateTable('care_survey_rounds').set({ closed_at: now }).where('id', '=', r.id).where('closed_at', 'is', null).execute();
  return surveyOverview(ctx, actor, r.network_id, now);
}

/**
 * Stores one answer without who gave it. "Who answered" is a separate row with no time and no
 * link, kept only so nobody answers twice; both are written in one transaction.
 */
export async function answerRound(ctx: Ctx, actor: Actor, roundId: string, input: AnswersInput, now = new Date()): Promise<SurveyOverview> {
  const r = await roundOf(ctx, actor, roundId);
  const role = await surveyRole(ctx.db, actor, r.network_id);
  if (!mayAnswer(role)) throw forbidden({ nl: 'Deze enquête is voor de leden van het netwerk.', en: 'This survey is for the members of the network.' });
  if (!isOpen(r, todayInNl(now))) throw invalid('roundId', 'Deze enquête is gesloten.', 'This survey is closed.');
  const answers: SurveyAnswers = {};
  for (const q of SURVEY_QUESTIONS) {
    const v = input.answers[q.id];
    if (q.kind === 'likert') {
      if (typeof v !== 'number') throw invalid(`answers.${q.id}`, 'Kies een antwoord.', 'Choose an answer.');
      answers[q.id] = v;
    } else if (typeof v === 'string' && v.trim()) answers[q.id] = v.trim();
  }
  const stored = await ctx.db.transaction().execute(async (trx) => {
    const first = await trx
      .insertInto('care_survey_respondents')
      .values({ region_id: actor.regionId, round_id: r.id, user_id: actor.userId })
      .onConflict((oc) => oc.columns(['round_id', 'user_id']).doNothing())
      .returning('user_id')
      .executeTakeFirst();
    if (!first) return false;
    await trx.insertInto('care_survey_responses').values({ region_id: actor.regionId, round_id: r.id, answers: JSON.stringify(answers) }).execute();
    return true;
  });
  const overview = await surveyOverview(ctx, actor, r.network_id, now);
  if (!stored) {
    throw new AppError(409, 'already-answered', { nl: 'Je hebt deze enquête al ingevuld.', en: 'You have already answered this survey.' }, [], { current: overview });
  }
  return overview;
}

function likertStats(rows: SurveyAnswers[], id: string) {
  const values = rows.map((a) => a[id]).filter((v): v is number => typeof v === 'number');
  const scored = values.filter((v) => v >= 1);
  return {
    counts: LIKERT_VALUES.map((value) => ({ value, count: values.filter((v) => v === value).length })),
    answered: values.length,
    average: scored.length ? Math.round((scored.reduce((s, v) => s + v, 0) / scored.length) * 10) / 10 : null,
  };
}

const notEnough = () =>
  forbidden({
    nl: `De uitslag is er als de ronde gesloten is en minstens ${SURVEY_MIN_ANSWERS} mensen hebben geantwoord, zodat niemand te herkennen is.`,
    en: `Results show once the round is closed and at least ${SURVEY_MIN_ANSWERS} people answered, so nobody can be recognised.`,
  });

/**
 * Results of a finished round with at least three answers: while a round runs, seeing the totals
 * change after one person answers would give that person's answers away.
 */
export async function roundResults(ctx: Ctx, actor: Actor, roundId: string, now = new Date()): Promise<SurveyResults> {
  const r = await roundOf(ctx, actor, roundId);
  await surveyRole(ctx.db, actor, r.network_id);
  const today = todayInNl(now);
  const all = await roundsOf(ctx.db, actor.regionId, r.network_id).execute();
  const [view] = await roundViews(ctx.db, actor, [r], r.network_id, today);
  if (!view?.resultsAvailable) throw notEnough();
  const load = async (id: string) => (await ctx.db.selectFrom('care_survey_responses').select('answers').where('round_id', '=', id).execute()).map((x) => x.answers);
  const rows = await load(r.id);
  // The round before this one that had results of its own, to compare with.
  const earlier = all.slice(all.findIndex((x) => x.id === r.id) + 1);
  let previous: { id: string; closesOn: string; rows: SurveyAnswers[] } | null = null;
  for (const e of earlier) {
    if (!isFinished(e, today)) continue;
    const prevRows = await load(e.id);
    if (prevRows.length >= SURVEY_MIN_ANSWERS) {
      previous = { id: e.id, closesOn: e.closes_on, rows: prevRows };
      break;
    }
  }
  const network = await ctx.db.selectFrom('care_networks').select('name').where('id', '=', r.network_id).executeTakeFirstOrThrow();
  return {
    round: view,
    networkName: network.name,
    answerCount: rows.length,
    previousRound: previous ? { id: previous.id, closesOn: previous.closesOn, answerCount: previous.rows.length } : null,
    likert: SURVEY_QUESTIONS.filter((q) => q.kind === 'likert').map((q) => ({
      questionId: q.id,
      ...likertStats(rows, q.id),
      previousAverage: previous ? likertStats(previous.rows, q.id).average : null,
    })),
    open: SURVEY_QUESTIONS.filter((q) => q.kind === 'open').map((q) => ({
      questionId: q.id,
      answers: rows
        .map((a) => a[q.id])
        .filter((v): v is string => typeof v === 'string' && v.length > 0)
        .sort((a, b) => a.localeCompare(b, 'nl')),
    })),
  };
}

/** Open rounds waiting for this person's answer, for the start page. */
export async function mySurveys(ctx: Ctx, actor: Actor, now = new Date()) {
  const today = todayInNl(now);
  const rows = await ctx.db
    .selectFrom('care_survey_rounds as r')
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 'r.network_id').onRef('n.region_id', '=', 'r.region_id'))
    .select(['r.id', 'r.network_id', 'n.name', 'r.closes_on'])
    .where('r.region_id', '=', actor.regionId)
    .where('r.closed_at', 'is', null)
    .where('r.opens_on', '<=', today)
    .where('r.closes_on', '>=', today)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('care_survey_respondents as x').select('x.user_id').whereRef('x.round_id', '=', 'r.id').where('x.user_id', '=', actor.userId))))
    .execute();
  const out = [];
  for (const r of rows) {
    if (mayAnswer(await networkRole(ctx.db, actor.regionId, r.network_id, actor.userId))) out.push({ roundId: r.id, networkId: r.network_id, networkName: r.name, closesOn: r.closes_on });
  }
  return out;
}

