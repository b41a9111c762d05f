import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireRole, requireUser } from '../../server/auth.js';
import './export-section.js';
import {
  alertParams,
  alertView,
  burdenInput,
  burdenView,
  cardInput,
  cardParams,
  cardView,
  checkInDoneInput,
  checkInParams,
  checkInView,
  circleCardsView,
  clientParams,
  myCardsView,
  myCardView,
  organisationParams,
  settingsInput,
  settingsView,
  startInput,
  teamDashboardView,
  tooMuchInput,
  worklistView,
} from './model.js';
import { z } from 'zod';
import {
  circleCards,
  getSettings,
  markAlertSeen,
  markCheckInDone,
  myCard,
  myCards,
  recordBurden,
  saveCard,
  saveMyCard,
  saveSettings,
  sayTooMuch,
  setCircleStart,
  teamDashboard,
  worklist,
} from './service.js';

const PROFESSIONALS = ['professional', 'teamleider', 'netwerkvoorzitter'] as const;

/** Routes of this area; registered in src/server/routes.ts. */
export function naastenRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['naasten'];

  // The circle's cards, as the people around the client see them (network category).
  r.get('/clients/:clientId/naastenkaarten', { schema: { tags, params: clientParams, response: { 200: circleCardsView } } }, async (req) =>
    circleCards(ctx, actorOf(requireUser(req)), req.params.clientId, req.id),
  );
  r.put('/clients/:clientId/naastenkaarten/:linkId', { schema: { tags, params: cardParams, body: cardInput, response: { 200: cardView } } }, async (req) =>
    saveCard(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.linkId, req.body, req.id),
  );
  r.put('/clients/:clientId/naastenkaarten-start', { schema: { tags, params: clientParams, body: startInput, response: { 200: z.object({ admittedOn: z.string(), version: z.number() }) } } }, async (req) =>
    setCircleStart(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );
  r.post('/clients/:clientId/naastenkaarten-check-ins/:checkInId/done', { schema: { tags, params: checkInParams, body: checkInDoneInput, response: { 200: checkInView } } }, async (req) =>
    markCheckInDone(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.checkInId, req.body, req.id),
  );
  r.post('/clients/:clientId/naastenkaarten-alerts/:alertId/seen', { schema: { tags, params: alertParams, response: { 200: alertView } } }, async (req) =>
    markAlertSeen(ctx, actorOf(requireUser(req)), req.params.clientId, req.params.alertId, req.id),
  );

  // The naaste's own card, from their own account.
  r.get('/me/naastenkaarten', { schema: { tags, response: { 200: myCardsView } } }, async (req) => myCards(ctx.db, actorOf(requireUser(req))));
  r.get('/me/naastenkaarten/:clientId', { schema: { tags, params: clientParams, response: { 200: myCardView } } }, async (req) => myCard(ctx, actorOf(requireUser(req)), req.params.clientId, req.id));
  r.put('/me/naastenkaarten/:clientId', { schema: { tags, params: clientParams, body: cardInput, response: { 200: cardView } } }, async (req) =>
    saveMyCard(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id),
  );
  r.post('/me/naastenkaarten/:clientId/burden', { schema: { tags, params: clientParams, body: burdenInput, response: { 201: burdenView } } }, async (req, reply) =>
    reply.code(201).send(await recordBurden(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );
  r.post('/me/naastenkaarten/:clientId/te-veel', { schema: { tags, params: clientParams, body: tooMuchInput, response: { 201: alertView } } }, async (req, reply) =>
    reply.code(201).send(await sayTooMuch(ctx, actorOf(requireUser(req)), req.params.clientId, req.body, req.id)),
  );

  // Professionals and team leads.
  r.get('/me/naasten-worklist', { schema: { tags, response: { 200: worklistView } } }, async (req) => worklist(ctx, actorOf(requireRole(req, PROFESSIONALS)), req.id));
  r.get('/naastenkaarten/team', { schema: { tags, response: { 200: teamDashboardView } } }, async (req) => {
    const user = requireRole(req, ['teamleider']);
    return teamDashboard(ctx, user, actorOf(user), req.id);
  });
  r.get('/naastenkaarten/settings/:organisationId', { schema: { tags, params: organisationParams, response: { 200: settingsView } } }, async (req) =>
    getSettings(ctx.db, requireRole(req, ['teamleider', 'beheerder', 'professional']), req.params.organisationId),
  );
  r.put('/naastenkaarten/settings/:organisationId', { schema: { tags, params: organisationParams, body: settingsInput, response: { 200: settingsView } } }, async (req) => {
    const user = requireRole(req, ['teamleider', 'beheerder']);
    return saveSettings(ctx.db, user, req.params.organisationId, req.body, actorOf(user).label);
  });
}
