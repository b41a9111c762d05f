import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, request } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { netmapApi } from './paths';
import type { FamilyView, MapView, PersonView } from './types';

type Choice = 'partner' | 'ex-partner' | 'parent' | 'child';
const CHOICES: readonly Choice[] = ['partner', 'ex-partner', 'parent', 'child'];
const CLIENT = 'client';

/** How a family link reads from this person's side: "is ouder van Noor". */
function describe(link: FamilyView, personId: string): { choice: Choice; otherId: string | null } {
  const other = link.fromPersonId === personId ? link.toPersonId : link.fromPersonId;
  if (link.kind === 'ouder-van') return { choice: link.fromPersonId === personId ? 'parent' : 'child', otherId: other };
  return { choice: link.kind, otherId: other };
}

/** This person's family links for the genogram: list, remove, add. */
export function PersonFamily({ clientId, person, map, clientName, onChanged }: { clientId: string; person: PersonView; map: MapView; clientName: string; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('parent');
  const [other, setOther] = useState(CLIENT);
  const { errors, busy, submit } = useFormSubmit();
  const remove = useFormSubmit();
  const nameOf = (id: string | null) => (id === null ? clientName : (map.persons.find((p) => p.id === id)?.displayName ?? '?'));
  const mine = map.family.filter((l) => l.fromPersonId === person.id || l.toPersonId === person.id);
  const others = map.persons.filter((p) => p.id !== person.id);

  const add = async () => {
    const otherId = other === CLIENT ? null : other;
    const body =
      choice === 'parent'
        ? { kind: 'ouder-van', fromPersonId: person.id, toPersonId: otherId }
        : choice === 'child'
          ? { kind: 'ouder-van', fromPersonId: otherId, toPersonId: person.id }
          : { kind: choice, fromPersonId: person.id, toPersonId: otherId };
    await api.post<FamilyView>(netmapApi.family(clientId), body);
    onChanged(t('netmap.person.familyAdded'));
  };

  return (
    <section aria-labelledby="netmap-family-title" className="samenspel-section">
      <Heading level={2} id="netmap-family-title">
        {t('netmap.person.familyTitle')}
      </Heading>
      <Paragraph>{t('netmap.person.familyIntro')}</Paragraph>
      <ErrorSummary errors={remove.errors} idPrefix="netmap-family-remove" fields={[]} />
      {mine.length === 0 ? (
        <Paragraph>{t('netmap.person.familyNone')}</Paragraph>
      ) : (
        <ul className="netmap-change-list">
          {mine.map((l) => {
            const d = describe(l, person.id);
            const text = `${person.displayName} ${t(`netmap.person.kind.${d.choice}`)} ${nameOf(d.otherId)}`;
            return (
              <li key={l.id}>
                {text}{' '}
                {map.canEdit ? (
                  <form
                    className="netmap-inline-form"
                    onSubmit={(e) =>
                      void remove.submit(e, () => NO_ERRORS, async () => {
                        await request('DELETE', `${netmapApi.family(clientId)}/${encodeURIComponent(l.id)}`);
                        onChanged(t('netmap.person.familyRemoved'));
                      })
                    }
                  >
                    <Button type="submit" appearance="subtle-button" busy={remove.busy}>
                      {t('netmap.person.familyRemove', { text })}
                    </Button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {map.canEdit ? (
        <form noValidate className="samenspel-form" onSubmit={(e) => void submit(e, () => NO_ERRORS, add)}>
          <ErrorSummary errors={errors} idPrefix="netmap-family" fields={['kind', 'toPersonId', 'fromPersonId']} />
          <SelectField
            id="netmap-family-kind"
            label={`${person.displayName}: ${t('netmap.person.familyKind')}`}
            value={choice}
            onChange={(v) => setChoice(v as Choice)}
            options={CHOICES.map((c) => ({ value: c, label: t(`netmap.person.kind.${c}`) }))}
            error={errors.fields.kind}
          />
          <SelectField
            id="netmap-family-toPersonId"
            label={t('netmap.person.familyOther')}
            value={other}
            onChange={setOther}
            options={[{ value: CLIENT, label: clientName }, ...others.map((p) => ({ value: p.id, label: `${p.displayName} (${p.relation})` }))]}
            error={errors.fields.toPersonId ?? errors.fields.fromPersonId}
          />
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('netmap.person.familyAdd')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
