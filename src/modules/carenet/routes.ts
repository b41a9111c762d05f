import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import {
  apologyInput,
  attendanceInput,
  attendanceParams,
  attendanceStats,
  directoryPerson,
  endMeetingInput,
  guestInput,
  guestParams,
  itemParams,
  itemUpdate,
  meetingDetail,
  meetingInput,
  meetingParams,
  meetingSummary,
  meetingUpdate,
  memberInput,
  memberParams,
  memberUpdate,
  moveInput,
  myMeeting,
  networkDetail,
  networkInput,
  networkListItem,
  networkParams,
  networkUpdate,
  noticeView,
  readNoticesInput,
  scheduleInput,
  themeItemInput,
  versionInput,
} from './model.js';
import {
  addGuest,
  addMember,
  addThemeItem,
  apologise,
  createMeeting,
  createNetwork,
  createYearlyMeeting,
  directory,
  endMeeting,
  finishItem,
  getAttendanceStats,
  getMeeting,
  getNetwork,
  listNetworks,
  markNoticesRead,
  moveItem,
  myMeetings,
  myNotices,
  planSchedule,
  recordAttendance,
  removeGuest,
  removeItem,
  startItem,
  startMeeting,
  updateItem,
  updateMeeting,
  updateMember,
  updateNetwork,
} from './service.js';

/**
 * Care networks and their meetings. No client data passes here: a case item carries only the case's
 * non-identifying label, and the case itself is behind the case routes and their access rules.
 */
export function careNetworkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care networks'];
  const actor = (req: Parameters<typeof requireUser>[0]) => actorOf(requireUser(req));

  // Networks and members.
  r.get('/care-networks', { schema: { tags, response: { 200: z.array(networkListItem) } } }, async (req) => listNetworks(ctx, actor(req)));
  r.post('/care-networks', { schema: { tags, body: networkInput, response: { 201: networkDetail } } }, async (req, reply) => reply.code(201).send(await createNetwork(ctx, actor(req), req.body)));
  r.get('/care-networks/directory', { schema: { tags, response: { 200: z.array(directoryPerson) } } }, async (req) => directory(ctx, actor(req)));
  r.get('/care-networks/:networkId', { schema: { tags, params: networkParams, response: { 200: networkDetail } } }, async (req) => getNetwork(ctx, actor(req), req.params.networkId));
  r.put('/care-networks/:networkId', { schema: { tags, params: networkParams, body: networkUpdate, response: { 200: networkDetail } } }, async (req) => updateNetwork(ctx, actor(req), req.params.networkId, req.body));
  r.post('/care-networks/:networkId/members', { schema: { tags, params: networkParams, body: memberInput, response: { 201: networkDetail } } }, async (req, reply) =>
    reply.code(201).send(await addMember(ctx, actor(req), req.params.networkId, req.body)),
  );
  r.put('/care-networks/:networkId/members/:memberId', { schema: { tags, params: memberParams, body: memberUpdate, response: { 200: networkDetail } } }, async (req) =>
    updateMember(ctx, actor(req), req.params.networkId, req.params.memberId, req.body),
  );
  r.get('/care-networks/:networkId/attendance', { schema: { tags, params: networkParams, response: { 200: attendanceStats } } }, async (req) => getAttendanceStats(ctx, actor(req), req.params.networkId));

  // Meetings: schedule, single and yearly meetings, the meeting itself.
  r.post('/care-networks/:networkId/schedule', { schema: { tags, params: networkParams, body: scheduleInput, response: { 200: z.array(meetingSummary) } } }, async (req) =>
    planSchedule(ctx, actor(req), req.params.networkId, req.body),
  );
  r.post('/care-networks/:networkId/meetings', { schema: { tags, params: networkParams, body: meetingInput, response: { 201: meetingSummary } } }, async (req, reply) =>
    reply.code(201).send(await createMeeting(ctx, actor(req), req.params.networkId, req.body)),
  );
  r.post('/care-meetings/yearly', { schema: { tags, body: meetingInput, response: { 201: meetingSummary } } }, async (req, reply) => reply.code(201).send(await createYearlyMeeting(ctx, actor(req), req.body)));
  r.get('/care-meetings/mine', { schema: { tags, response: { 200: z.array(myMeeting) } } }, async (req) => myMeetings(ctx, actor(req)));
  r.get('/care-meetings/notices', { schema: { tags, response: { 200: z.array(noticeView) } } }, async (req) => myNotices(ctx, actor(req)));
  r.post('/care-meetings/notices/read', { schema: { tags, body: readNoticesInput, response: { 204: z.null() } } }, async (req, reply) => {
    await markNoticesRead(ctx, actor(req), req.body.ids);
    return reply.code(204).send(null);
  });
  r.get('/care-meetings/:meetingId', { schema: { tags, params: meetingParams, response: { 200: meetingDetail } } }, async (req) => getMeeting(ctx, actor(req), req.params.meetingId));
  r.put('/care-meetings/:meetingId', { schema: { tags, params: meetingParams, body: meetingUpdate, response: { 200: meetingDetail } } }, async (req) => updateMeeting(ctx, actor(req), req.params.meetingId, req.body));
  r.post('/care-meetings/:meetingId/start', { schema: { tags, params: meetingParams, body: versionInput, response: { 200: meetingDetail } } }, async (req) => startMeeting(ctx, actor(req), req.params.meetingId, req.body.version));
  r.post('/care-meetings/:meetingId/end', { schema: { tags, params: meetingParams, body: endMeetingInput, response: { 200: meetingDetail } } }, async (req) => endMeeting(ctx, actor(req), req.params.meetingId, req.body));
  r.post('/care-meetings/:meetingId/apology', { schema: { tags, params: meetingParams, body: apologyInput, response: { 200: meetingDetail } } }, async (req) => apologise(ctx, actor(req), req.params.meetingId, req.body));
  r.put('/care-meetings/:meetingId/attendance/:attendanceId', { schema: { tags, params: attendanceParams, body: attendanceInput, response: { 200: meetingDetail } } }, async (req) =>
    recordAttendance(ctx, actor(req), req.params.meetingId, req.params.attendanceId, req.body),
  );

  // The agenda.
  r.post('/care-meetings/:meetingId/items', { schema: { tags, params: meetingParams, body: themeItemInput, response: { 201: meetingDetail } } }, async (req, reply) =>
    reply.code(201).send(await addThemeItem(ctx, actor(req), req.params.meetingId, req.body)),
  );
  r.put('/care-meeting-items/:itemId', { schema: { tags, params: itemParams, body: itemUpdate, response: { 200: meetingDetail } } }, async (req) => updateItem(ctx, actor(req), req.params.itemId, req.body));
  r.post('/care-meeting-items/:itemId/remove', { schema: { tags, params: itemParams, body: versionInput, response: { 200: meetingDetail } } }, async (req) => removeItem(ctx, actor(req), req.params.itemId, req.body.version));
  r.post('/care-meeting-items/:itemId/move', { schema: { tags, params: itemParams, body: moveInput, response: { 200: meetingDetail } } }, async (req) => moveItem(ctx, actor(req), req.params.itemId, req.body));
  r.post('/care-meeting-items/:itemId/start', { schema: { tags, params: itemParams, body: versionInput, response: { 200: meetingDetail } } }, async (req) => startItem(ctx, actor(req), req.params.itemId, req.body.version));
  r.post('/care-meeting-items/:itemId/finish', { schema: { tags, params: itemParams, body: versionInput, response: { 200: meetingDetail } } }, async (req) => finishItem(ctx, actor(req), req.params.itemId, req.body.version));
  r.post('/care-meeting-items/:itemId/guests', { schema: { tags, params: itemParams, body: guestInput, response: { 201: meetingDetail } } }, async (req, reply) =>
    reply.code(201).send(await addGuest(ctx, actor(req), req.params.itemId, req.body)),
  );
  r.delete('/care-meeting-items/:itemId/guests/:guestId', { schema: { tags, params: guestParams, response: { 200: meetingDetail } } }, async (req) =>
    removeGuest(ctx, actor(req), req.params.itemId, req.params.guestId),
  );
}
