import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXPORT_HTML_CSP, escapeHtml, renderExportHtml } from './export-html.js';
import type { ExportDocument } from './model.js';
import type { ExportSection } from './sections.js';

const section: ExportSection = {
  key: 'proef',
  title: { nl: 'Proef <b>deel</b>', en: 'Trial' },
  labels: { when: { nl: 'Wanneer', en: 'When' }, status: { nl: 'Status', en: 'Status' } },
  values: { status: { open: { nl: 'nog open', en: 'still open' } } },
  collect: async () => null,
};

const doc = (data: unknown, key = 'proef'): ExportDocument => ({
  format: 'samenspel-gegevens/1',
  generatedAt: '2026-03-03T13:05:00.000Z',
  clientId: '00000000-0000-4000-8000-000000000000',
  sections: [{ key, title: { nl: 'Proef <b>deel</b>', en: 'Trial' }, data }],
});

describe('the readable document', () => {
  it('escapes every piece of data, field names and titles included', () => {
    const html = renderExportHtml(doc([{ '<img src=x onerror=alert(1)>': '"><script>alert(1)</script>', when: "it's" }]), [section], 'Anna <Ander>');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('it&#39;s');
    expect(html).toContain('Gegevens van Anna &lt;Ander&gt;');
    expect(html).toContain('Proef &lt;b&gt;deel&lt;/b&gt;');
  });

  it('writes dates the Dutch way and codes as words', () => {
    const html = renderExportHtml(doc({ when: '2026-03-03T13:05:00.000Z', day: '2012-03-09', status: 'open', categories: ['basis', 'gevoelig'], empty: null, yes: true }), [section], 'Anna');
    expect(html).toContain('3 maart 2026, 14:05');
    expect(html).toContain('9 maart 2012');
    expect(html).toContain('nog open');
    expect(html).toContain('basisgegevens, gevoelige notities');
    expect(html).toContain('niet ingevuld');
    expect(html).toContain('<dd>ja</dd>');
    expect(html).toContain('<dt>Wanneer</dt>');
  });

  it('says so when a section is empty, and shows a list of records as a table', () => {
    expect(renderExportHtml(doc([]), [section], 'Anna')).toContain('Hier staat niets over je in Samenspel.');
    const table = renderExportHtml(doc([{ when: '2026-01-01', status: 'open' }, { status: 'done', extra: 1 }]), [section], 'Anna');
    expect(table).toContain('<th scope="col">Wanneer</th><th scope="col">Status</th><th scope="col">extra</th>');
    expect(table.match(/<tr>/g)).toHaveLength(3);
  });

  it('allows exactly its own style block and nothing else', () => {
    const html = renderExportHtml(doc(null), [section], 'Anna');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(EXPORT_HTML_CSP).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_HTML_CSP)}">`);
    expect(html).not.toMatch(/ style=|<script|<link|<img|https?:/);
  });
});
