import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { identifyingWarnings } from '../../../modules/carenet/case-text-check';

/**
 * While the member types: things in the text that may say who the case is about (a name, a date,
 * a street, a school). A warning, not a block; the server runs the same check on save. Polite live
 * region, so a screen reader hears it without losing the place in the text.
 */
export function TextWarnings({ id, texts }: { id: string; texts: string[] }) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(texts.join('\n'));
  const warnings = identifyingWarnings(deferred);
  return (
    <div id={id} aria-live="polite" className="carecases-warning">
      {warnings.length > 0 ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('careCases.warning.title')}</strong>
          </Paragraph>
          <UnorderedList>
            {warnings.map((w) => (
              <UnorderedListItem key={`${w.kind}:${w.match}`}>
                {t(`careCases.warning.${w.kind}`)}: <mark>{w.match}</mark>
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t('careCases.warning.advice')}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
