import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../api/types';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import { accessLogSentence } from './accessLogSentence';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

const entry = (over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  occurredAt: '2026-03-03T13:05:00Z',
  actorUserId: 'u1',
  actorLabel: 'Jan de Vries (Wijkteam Noord)',
  category: 'basis',
  action: 'read',
  purpose: null,
  exception: null,
  ...over,
});

describe('accessLogSentence', () => {
  it('reads as a plain Dutch sentence in Dutch time', () => {
    expect(accessLogSentence(entry(), i18n.getFixedT('nl'), 'nl', null)).toBe(
      'Jan de Vries (Wijkteam Noord) bekeek je basisgegevens (naam, adres, contact) op 3 maart 2026 om 14:05.',
    );
  });

  it('uses a verb per action and B1 words per category', () => {
    const t = i18n.getFixedT('nl');
    expect(accessLogSentence(entry({ action: 'update', category: 'plan' }), t, 'nl', null)).toContain('wijzigde je plan');
    expect(accessLogSentence(entry({ action: 'create', category: 'logboek' }), t, 'nl', null)).toContain('voegde iets toe aan je logboek');
    expect(accessLogSentence(entry({ action: 'export', category: 'rapportage' }), t, 'nl', null)).toContain('downloadde verslagen over jou');
    expect(accessLogSentence(entry({ action: 'share', category: 'documenten' }), t, 'nl', null)).toContain('deelde je documenten');
  });

  it('names the person for a representative, and survives unknown values', () => {
    const t = i18n.getFixedT('nl');
    expect(accessLogSentence(entry({ category: 'netwerk' }), t, 'nl', 'Anna Jansen')).toContain('bekeek het netwerk van Anna Jansen');
    expect(accessLogSentence(entry({ action: 'print', category: 'iets' }), t, 'nl', null)).toContain('gebruikte je gegevens (iets)');
  });

  it('has an English version', () => {
    expect(accessLogSentence(entry(), i18n.getFixedT('en'), 'en', null)).toBe(
      'Jan de Vries (Wijkteam Noord) viewed your basic details (name, address, contact) on 3 March 2026 at 14:05.',
    );
  });
});
