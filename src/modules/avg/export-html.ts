import { createHash } from 'node:crypto';
import type { Messages } from '../../platform/errors.js';
import { CATEGORY_NAMES, COMMON_LABELS, COMMON_VALUES, valuesUnderCategory } from './document-labels.js';
import type { ExportDocument } from './model.js';
import type { ExportSection, ExportValue } from './sections.js';

type Locale = 'nl' | 'en';

/** Simple, print-friendly layout; the only style in the file, allowed by its hash and nothing else. */
const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0;padding:1.5rem}
main{max-width:64rem;margin:0 auto}
h1{font-size:1.8rem;margin:0 0 .5rem}
h2{font-size:1.35rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem;margin-top:2.2rem;break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-line;overflow-wrap:anywhere}
th{background:#ececec}
dl{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.2rem 1rem;margin:.5rem 0}
dt{font-weight:bold}
dd{margin:0;white-space:pre-line;overflow-wrap:anywhere}
ul.kort{list-style:none;margin:0;padding:0}
.leeg{font-style:italic;color:#4a4a4a}
@media print{body{padding:0}nav{display:none}tr,dl{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;

const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;

/** For the HTTP header and the document's own meta tag, so it stays locked down when opened from disk. */
export const EXPORT_HTML_CSP = `default-src 'none'; style-src ${STYLE_HASH}; img-src 'none'; base-uri 'none'; form-action 'none'`;

const TEXT = {
  title: { nl: 'Gegevens van {name}', en: 'Information about {name}' },
  intro: {
    nl: 'Dit zijn alle gegevens die Samenspel over {name} bewaart. Samenspel maakte dit overzicht op {date}. Klopt er iets niet? Vraag dan in Samenspel om een verbetering.',
    en: 'This is all the information Samenspel keeps about {name}. Samenspel made this overview on {date}. Is something wrong? Ask for a correction in Samenspel.',
  },
  contents: { nl: 'Inhoud', en: 'Contents' },
  empty: { nl: 'Hier staat niets over je in Samenspel.', en: 'Samenspel keeps nothing about you here.' },
  none: { nl: 'niet ingevuld', en: 'not filled in' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
} satisfies Record<string, Messages>;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatMoment(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(d);
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Amsterdam' }).format(d);
  return `${day}, ${time}`;
}

function formatDay(ymd: string, locale: Locale): string {
  const p = ISO_DAY.exec(ymd);
  if (!p) return ymd;
  const d = new Date(Date.UTC(Number(p[1]), Number(p[2]) - 1, Number(p[3])));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

const isRecord = (v: ExportValue): v is { [key: string]: ExportValue } => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: ExportValue): v is string | number | boolean | null => v === null || typeof v !== 'object';

class Renderer {
  constructor(
    private readonly section: ExportSection,
    private readonly locale: Locale,
  ) {}

  private label(key: string): string {
    return (this.section.labels?.[key] ?? COMMON_LABELS[key])?.[this.locale] ?? key;
  }

  private code(key: string, value: string): string | undefined {
    const map = this.section.values?.[key] ?? COMMON_VALUES[key] ?? (key in CATEGORY_NAMES ? valuesUnderCategory : undefined);
    return map?.[value]?.[this.locale];
  }

  private scalar(key: string, v: string | number | boolean | null): string {
    if (v === null || v === '') return `<span class="leeg">${escapeHtml(TEXT.none[this.locale])}</span>`;
    if (typeof v === 'boolean') return escapeHtml((v ? TEXT.yes : TEXT.no)[this.locale]);
    if (typeof v === 'number') return escapeHtml(String(v));
    const coded = this.code(key, v);
    if (coded !== undefined) return escapeHtml(coded);
    if (ISO_MOMENT.test(v)) return escapeHtml(formatMoment(v, this.locale));
    if (ISO_DAY.test(v)) return escapeHtml(formatDay(v, this.locale));
    return escapeHtml(v);
  }

  /** `inCell`: inside a table a record reads as short "name: value" lines rather than a second grid. */
  value(key: string, v: ExportValue, inCell = false): string {
    if (isScalar(v)) return this.scalar(key, v);
    if (Array.isArray(v)) {
      if (v.length === 0) return `<span class="leeg">${escapeHtml(TEXT.none[this.locale])}</span>`;
      if (v.every(isScalar)) return v.map((x) => this.scalar(key, x)).join(', ');
      if (v.every(isRecord)) return this.table(v);
      return `<ul>${v.map((x) => `<li>${this.value(key, x, inCell)}</li>`).join('')}</ul>`;
    }
    const entries = Object.entries(v);
    if (entries.length === 0) return `<span class="leeg">${escapeHtml(TEXT.none[this.locale])}</span>`;
    if (inCell) return `<ul class="kort">${entries.map(([k, x]) => `<li>${escapeHtml(this.label(k))}: ${this.value(k, x, true)}</li>`).join('')}</ul>`;
    return `<dl>${entries.map(([k, x]) => `<dt>${escapeHtml(this.label(k))}</dt><dd>${this.value(k, x)}</dd>`).join('')}</dl>`;
  }

  private table(rows: { [key: string]: ExportValue }[]): string {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const head = columns.map((c) => `<th scope="col">${escapeHtml(this.label(c))}</th>`).join('');
    const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${this.value(c, r[c] ?? null, true)}</td>`).join('')}</tr>`).join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }

  /** A section's top level: nothing stored reads as a sentence, not as an empty table. */
  top(v: ExportValue): string {
    if (v === null || (Array.isArray(v) && v.length === 0)) return `<p class="leeg">${escapeHtml(TEXT.empty[this.locale])}</p>`;
    return this.value(this.section.key, v);
  }
}

const anchor = (key: string) => `deel-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/**
 * The readable document: one self-contained HTML file, without scripts, images or outside links,
 * that prints well to PDF from any browser. Every piece of data is escaped.
 */
export function renderExportHtml(doc: ExportDocument, sections: readonly ExportSection[], subjectName: string, locale: Locale = 'nl'): string {
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const name = escapeHtml(subjectName);
  const date = escapeHtml(formatMoment(doc.generatedAt, locale));
  const parts = doc.sections.map((s) => {
    const def = byKey.get(s.key) ?? { key: s.key, title: s.title, collect: () => Promise.resolve(null) };
    const body = new Renderer(def, locale).top(s.data as ExportValue);
    return `<section aria-labelledby="${anchor(s.key)}"><h2 id="${anchor(s.key)}">${escapeHtml(s.title[locale])}</h2>${body}</section>`;
  });
  const toc = doc.sections.map((s) => `<li><a href="#${anchor(s.key)}">${escapeHtml(s.title[locale])}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_HTML_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${fill(escapeHtml(TEXT.title[locale]), { name })} – Samenspel</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    `<h1>${fill(escapeHtml(TEXT.title[locale]), { name })}</h1>`,
    `<p>${fill(escapeHtml(TEXT.intro[locale]), { name, date })}</p>`,
    `<nav aria-labelledby="inhoud"><h2 id="inhoud">${escapeHtml(TEXT.contents[locale])}</h2><ol>${toc}</ol></nav>`,
    ...parts,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
