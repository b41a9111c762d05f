import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PersonMark, QualityLine } from './Shapes';
import { QUALITIES, SUPPORT_FUNCTIONS } from './types';

const sample = (children: React.ReactNode, width = 64) => (
  <svg aria-hidden focusable={false} width={width} height={24} viewBox={`0 0 ${width} 24`} className="netmap-legend__sample">
    {children}
  </svg>
);

/** What the lines, marks and letters on the map mean; on screen and on paper. */
export function Legend() {
  const { t } = useTranslation();
  const look = { paid: false, status: 'actief' as const, deceased: false };
  const shapes = [
    [t('netmap.legend.unpaidShape'), <PersonMark key="u" r={8} look={look} />],
    [t('netmap.legend.paidShape'), <PersonMark key="p" r={8} look={{ ...look, paid: true }} />],
    [t('netmap.legend.lostShape'), <PersonMark key="l" r={8} look={{ ...look, status: 'contact-kwijt' }} />],
    [t('netmap.legend.restoreShape'), <PersonMark key="w" r={8} look={{ ...look, status: 'wil-herstellen' }} />],
    [t('netmap.legend.notHelpfulShape'), <PersonMark key="n" r={8} look={{ ...look, status: 'nu-niet-helpend' }} />],
    [t('netmap.deceased'), <PersonMark key="d" r={8} look={{ ...look, deceased: true }} />],
  ] as const;
  return (
    <section aria-labelledby="netmap-legend-title" className="netmap-legend">
      <Heading level={2} id="netmap-legend-title" appearance="utrecht-heading-3">
        {t('netmap.legend.title')}
      </Heading>
      <div className="netmap-legend__groups">
        <div>
          <Heading level={3} appearance="utrecht-heading-5">
            {t('netmap.legend.lines')}
          </Heading>
          <ul className="netmap-legend__list">
            {QUALITIES.map((q) => (
              <li key={q}>
                {sample(<QualityLine x1={2} y1={12} x2={62} y2={12} quality={q} crossSize={6} />)}
                <span>{t(`netmap.quality.${q}`)}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <Heading level={3} appearance="utrecht-heading-5">
            {t('netmap.legend.functions')}
          </Heading>
          <ul className="netmap-legend__list">
            {SUPPORT_FUNCTIONS.map((f) => (
              <li key={f}>
                <span className="netmap-legend__letter" aria-hidden>
                  {t(`netmap.fnLetter.${f}`)}
                </span>
                <span>{t(`netmap.fn.${f}`)}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <Heading level={3} appearance="utrecht-heading-5">
            {t('netmap.legend.shapes')}
          </Heading>
          <ul className="netmap-legend__list">
            {shapes.map(([label, mark]) => (
              <li key={label}>
                {sample(<g transform="translate(12 12)">{mark}</g>, 24)}
                <span>{label}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
