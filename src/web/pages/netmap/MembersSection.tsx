import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { NO_ERRORS } from '../../components/formErrors';
import { netmapApi } from './paths';
import { CLOSENESS, SECTORS, type Closeness, type MemberNotOnMap, type PersonView, type Sector } from './types';

const DEFAULT_SECTOR: Record<string, Sector> = { naaste: 'familie', vertegenwoordiger: 'familie', vrijwilliger: 'vrije-tijd', professional: 'zorg' };

function PlaceForm({ clientId, member, onPlaced }: { clientId: string; member: MemberNotOnMap; onPlaced: (p: PersonView) => void }) {
  const { t } = useTranslation();
  const [sector, setSector] = useState<Sector>(DEFAULT_SECTOR[member.relation] ?? 'familie');
  const [closeness, setCloseness] = useState<Closeness>('dichtbij');
  const { errors, busy, submit } = useFormSubmit();
  const id = `netmap-member-${member.linkId}`;
  return (
    <form noValidate className="netmap-member" onSubmit={(e) => void submit(e, () => NO_ERRORS, async () => onPlaced(await api.post<PersonView>(netmapApi.member(clientId, member.linkId), { sector, closeness })))}>
      <ErrorSummary errors={errors} idPrefix={id} fields={['sector', 'closeness']} />
      <Paragraph>
        <strong>{t('netmap.circle.item', { name: member.name, label: member.label ?? t(`relations.${member.relation}`, { defaultValue: member.relation }) })}</strong>
      </Paragraph>
      <div className="netmap-member__fields">
        <SelectField id={`${id}-sector`} label={t('netmap.circle.sector', { name: member.name })} value={sector} onChange={(v) => setSector(v as Sector)} options={SECTORS.map((s) => ({ value: s, label: t(`netmap.sector.${s}`) }))} />
        <SelectField
          id={`${id}-closeness`}
          label={t('netmap.circle.closeness', { name: member.name })}
          value={closeness}
          onChange={(v) => setCloseness(v as Closeness)}
          options={CLOSENESS.map((c) => ({ value: c, label: t(`netmap.closeness.${c}`) }))}
        />
      </div>
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('netmap.circle.place')}
        <span className="samenspel-visually-hidden">: {member.name}</span>
      </Button>
    </form>
  );
}

/** "Ook in de kring: Jessica (zus) — zet op de kaart". */
export function MembersSection({ clientId, members, onPlaced }: { clientId: string; members: readonly MemberNotOnMap[]; onPlaced: (p: PersonView) => void }) {
  const { t } = useTranslation();
  if (members.length === 0) return null;
  return (
    <section aria-labelledby="netmap-members-title" className="samenspel-section samenspel-no-print">
      <Heading level={2} id="netmap-members-title">
        {t('netmap.circle.title')}
      </Heading>
      <Paragraph>{t('netmap.circle.intro')}</Paragraph>
      {members.map((m) => (
        <PlaceForm key={m.linkId} clientId={clientId} member={m} onPlaced={onPlaced} />
      ))}
    </section>
  );
}
