import { describe, expect, it } from 'vitest';
import { catalogs as merged, type Catalog } from './catalogs';

/** All keys as dotted paths, with their values. */
function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const catalogs = { nl: flatten(merged.nl), en: flatten(merged.en) };

describe('i18n catalogs', () => {
  it('nl and en have exactly the same keys', () => {
    const nlKeys = [...catalogs.nl.keys()].sort();
    const enKeys = [...catalogs.en.keys()].sort();
    expect(enKeys.filter((k) => !catalogs.nl.has(k))).toEqual([]);
    expect(nlKeys.filter((k) => !catalogs.en.has(k))).toEqual([]);
    expect(enKeys).toEqual(nlKeys);
  });

  it.each(Object.entries(catalogs))('%s has only non-empty strings', (_lang, entries) => {
    const bad = [...entries].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(catalogs))('%s uses the same {{placeholders}} as nl', (_lang, entries) => {
    const names = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differ = [...entries].filter(([k, v]) => names(v).join() !== names(catalogs.nl.get(k)).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });
});
