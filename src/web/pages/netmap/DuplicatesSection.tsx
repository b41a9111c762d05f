import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { useFormSubmit } from '../../components/useFormSubmit';
import { netmapApi } from './paths';
import type { MapView, PersonView } from './types';

function MergeForm({ clientId, group, onMerged }: { clientId: string; group: PersonView[]; onMerged: () => void }) {
  const { t } = useTranslation();
  const [keep, setKeep] = useState(group[0]?.id ?? '');
  const { errors, busy, submit } = useFormSubmit();
  const id = `netmap-merge-${group[0]?.id ?? ''}`;
  const merge = async () => {
    // One at a time into the person kept; each answer carries the kept person's new version.
    let kept = group.find((p) => p.id === keep);
    for (const other of group.filter((p) => p.id !== keep)) {
      if (!kept) break;
      kept = await api.post<PersonView>(`${netmapApi.person(clientId, kept.id)}/merge`, { otherId: other.id, version: kept.version, otherVersion: other.version });
    }
    onMerged();
  };
  return (
    <form noValidate className="netmap-merge" onSubmit={(e) => void submit(e, () => NO_ERRORS, merge)}>
      <ErrorSummary errors={errors} idPrefix={id} fields={[]} />
      <RadioGroup
        id={id}
        legend={t('netmap.duplicates.keep')}
        value={keep}
        onChange={setKeep}
        options={group.map((p) => ({ value: p.id, label: t('netmap.duplicates.keepOption', { name: p.displayName, relation: p.relation, sector: t(`netmap.sector.${p.sector}`) }) }))}
      />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('netmap.duplicates.merge')}
      </Button>
    </form>
  );
}

/** Likely doubles (same name, no different birth date), each with a choice whom to keep. */
export function DuplicatesSection({ clientId, map, onMerged }: { clientId: string; map: MapView; onMerged: () => void }) {
  const { t } = useTranslation();
  if (map.duplicates.length === 0 || !map.canEdit) return null;
  const byId = new Map(map.persons.map((p) => [p.id, p]));
  return (
    <section aria-labelledby="netmap-duplicates-title" className="samenspel-section samenspel-no-print">
      <Alert type="warning">
        <Heading level={2} id="netmap-duplicates-title" appearance="utrecht-heading-3">
          {t('netmap.duplicates.title')}
        </Heading>
        <Paragraph>{t('netmap.duplicates.intro')}</Paragraph>
      </Alert>
      {map.duplicates.map((g) => {
        const group = g.personIds.map((id) => byId.get(id)).filter((p): p is PersonView => p !== undefined);
        return <MergeForm key={g.personIds.join('-')} clientId={clientId} group={group} onMerged={onMerged} />;
      })}
    </section>
  );
}
