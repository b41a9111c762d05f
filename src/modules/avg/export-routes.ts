import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf, requireUser } from '../../server/auth.js';
import { collectExport } from './export.js';
import { EXPORT_HTML_CSP, renderExportHtml } from './export-html.js';
import { clientParams, exportDocument } from './model.js';
import { exportSections } from './sections.js';

const attachment = (day: string, ext: 'json' | 'html') => `attachment; filename="samenspel-gegevens-${day}.${ext}"`;

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['avg'];

  r.get(
    '/clients/:clientId/export.json',
    { schema: { tags, summary: 'Everything stored about the client, as a JSON download (AVG)', params: clientParams, response: { 200: exportDocument } } },
    async (req, reply) => {
      const { doc, day } = await collectExport(ctx, actorOf(requireUser(req)), req.params.clientId, req.id);
      return reply.header('content-disposition', attachment(day, 'json')).type('application/json; charset=utf-8').send(doc);
    },
  );

  r.get(
    '/clients/:clientId/export.html',
    {
      schema: {
        tags,
        summary: 'Everything stored about the client, as a readable HTML document to print or save as PDF (AVG)',
        params: clientParams,
        response: { 200: z.string().describe('text/html') },
      },
    },
    async (req, reply) => {
      const { doc, day, subjectName } = await collectExport(ctx, actorOf(requireUser(req)), req.params.clientId, req.id);
      return reply
        .header('content-disposition', attachment(day, 'html'))
        .header('content-security-policy', `${EXPORT_HTML_CSP}; frame-ancestors 'none'`)
        .type('text/html; charset=utf-8')
        .send(renderExportHtml(doc, exportSections(), subjectName));
    },
  );
}
