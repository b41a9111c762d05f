import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import './export-section.js';
import {
  addedPerson,
  clientParams,
  diffQuery,
  diffView,
  duplicatesView,
  familyInput,
  familyParams,
  familyView,
  inviteInput,
  mapView,
  memberLinkInput,
  memberParams,
  mergeInput,
  personEdit,
  personInput,
  personParams,
  personView,
  placeMemberInput,
  positionInput,
  snapshotDetail,
  snapshotInput,
  snapshotList,
  snapshotParams,
  snapshotSummary,
  versionQuery,
} from './model.js';
import {
  addFamilyLink,
  addPerson,
  compareSnapshots,
  deletePerson,
  editPerson,
  getMap,
  getPerson,
  getSnapshot,
  invitePerson,
  linkMember,
  listDuplicates,
  listSnapshots,
  mergePersons,
  movePerson,
  placeMember,
  removeFamilyLink,
  resetLayout,
  saveSnapshot,
} from './service.js';

/** The network map of a client: people, family links, snapshots. Everything is 'netwerk' data. */
export function netmapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['network map'];
  const base = '/clients/:clientId/network';
  const who = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  r.get(base, { schema: { tags, params: clientParams, response: { 200: mapView } } }, async (req) => getMap(ctx, who(req), req.params.clientId, req.id));

  r.post(`${base}/persons`, { schema: { tags, params: clientParams, body: personInput, response: { 201: addedPerson } } }, async (req, reply) =>
    reply.code(201).send(await addPerson(ctx, who(req), req.params.clientId, req.body, req.id)),
  );
  r.get(`${base}/persons/:personId`, { schema: { tags, params: personParams, response: { 200: personView } } }, async (req) =>
    getPerson(ctx, who(req), req.params.clientId, req.params.personId, req.id),
  );
  r.put(`${base}/persons/:personId`, { schema: { tags, params: personParams, body: personEdit, response: { 200: personView } } }, async (req) =>
    editPerson(ctx, who(req), req.params.clientId, req.params.personId, req.body, req.id),
  );
  r.delete(`${base}/persons/:personId`, { schema: { tags, params: personParams, querystring: versionQuery, response: { 204: z.null() } } }, async (req, reply) => {
    await deletePerson(ctx, who(req), req.params.clientId, req.params.personId, req.query.version, req.id);
    return reply.code(204).send(null);
  });
  r.put(`${base}/persons/:personId/position`, { schema: { tags, params: personParams, body: positionInput, response: { 200: personView } } }, async (req) =>
    movePerson(ctx, who(req), req.params.clientId, req.params.personId, req.body, req.id),
  );
  r.post(`${base}/layout/reset`, { schema: { tags, params: clientParams, response: { 200: z.object({ moved: z.number() }) } } }, async (req) => ({
    moved: await resetLayout(ctx, who(req), req.params.clientId, req.id),
  }));

  r.get(`${base}/duplicates`, { schema: { tags, params: clientParams, response: { 200: duplicatesView } } }, async (req) => listDuplicates(ctx, who(req), req.params.clientId, req.id));
  r.post(`${base}/persons/:personId/merge`, { schema: { tags, params: personParams, body: mergeInput, response: { 200: personView } } }, async (req) =>
    mergePersons(ctx, who(req), req.params.clientId, req.params.personId, req.body, req.id),
  );

  r.post(`${base}/family`, { schema: { tags, params: clientParams, body: familyInput, response: { 201: familyView } } }, async (req, reply) =>
    reply.code(201).send(await addFamilyLink(ctx, who(req), req.params.clientId, req.body, req.id)),
  );
  r.delete(`${base}/family/:familyId`, { schema: { tags, params: familyParams, response: { 204: z.null() } } }, async (req, reply) => {
    await removeFamilyLink(ctx, who(req), req.params.clientId, req.params.familyId, req.id);
    return reply.code(204).send(null);
  });

  r.post(`${base}/persons/:personId/invite`, { schema: { tags, params: personParams, body: inviteInput, response: { 200: personView } } }, async (req) =>
    invitePerson(ctx, who(req), req.params.clientId, req.params.personId, req.body, req.id),
  );
  r.put(`${base}/persons/:personId/member`, { schema: { tags, params: personParams, body: memberLinkInput, response: { 200: personView } } }, async (req) =>
    linkMember(ctx, who(req), req.params.clientId, req.params.personId, req.body, req.id),
  );
  r.post(`${base}/members/:linkId`, { schema: { tags, params: memberParams, body: placeMemberInput, response: { 201: personView } } }, async (req, reply) =>
    reply.code(201).send(await placeMember(ctx, who(req), req.params.clientId, req.params.linkId, req.body, req.id)),
  );

  r.get(`${base}/snapshots`, { schema: { tags, params: clientParams, response: { 200: snapshotList } } }, async (req) => listSnapshots(ctx, who(req), req.params.clientId, req.id));
  r.post(`${base}/snapshots`, { schema: { tags, params: clientParams, body: snapshotInput, response: { 201: snapshotSummary } } }, async (req, reply) =>
    reply.code(201).send(await saveSnapshot(ctx, who(req), req.params.clientId, req.body, req.id)),
  );
  r.get(`${base}/snapshots/:snapshotId`, { schema: { tags, params: snapshotParams, response: { 200: snapshotDetail } } }, async (req) =>
    getSnapshot(ctx, who(req), req.params.clientId, req.params.snapshotId, req.id),
  );
  r.get(`${base}/changes`, { schema: { tags, params: clientParams, querystring: diffQuery, response: { 200: diffView } } }, async (req) =>
    compareSnapshots(ctx, who(req), req.params.clientId, req.query.from, req.query.to, req.id),
  );
}
