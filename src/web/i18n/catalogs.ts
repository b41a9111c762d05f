import en from './en.json';
import nl from './nl.json';

export type Catalog = { [key: string]: string | Catalog };

/**
 * Each feature area keeps its texts in its own pair of files (areas/<area>.nl.json and .en.json) so
 * work on different areas never edits the same catalog. Their top-level keys must be new.
 */
const areaNl = import.meta.glob<Catalog>('./areas/*.nl.json', { eager: true, import: 'default' });
const areaEn = import.meta.glob<Catalog>('./areas/*.en.json', { eager: true, import: 'default' });

function merge(base: Catalog, areas: Record<string, Catalog>): Catalog {
  const out: Catalog = { ...base };
  for (const [file, catalog] of Object.entries(areas)) {
    for (const [key, value] of Object.entries(catalog)) {
      if (key in out) throw new Error(`${file}: top-level key "${key}" is already used`);
      out[key] = value;
    }
  }
  return out;
}

export const catalogs: { nl: Catalog; en: Catalog } = { nl: merge(nl as Catalog, areaNl), en: merge(en as Catalog, areaEn) };
