import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ORGANISATION_KINDS, type Municipality, type Organisation } from '../../api/types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { asOrganisation } from './current';

const FIELDS = ['name', 'kind', 'municipalityId'];

interface Props {
  /** null: a new organisation. */
  organisation: Organisation | null;
  municipalities: Municipality[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Add or change an organisation. A stale version (409) loads the newest data into the form. */
export function OrganisationForm({ organisation, municipalities, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<string>(organisation?.kind ?? 'wijkteam');
  const [municipalityId, setMunicipalityId] = useState(organisation?.municipalityId ?? '');
  const [version, setVersion] = useState(organisation?.version ?? 0);
  const { errors, busy, conflict, submit } = useFormSubmit({
    conflict: {
      parse: asOrganisation,
      load: (current) => {
        setName(current.name);
        setKind(current.kind);
        setMunicipalityId(current.municipalityId ?? '');
        setVersion(current.version);
      },
    },
  });
  const editing = organisation !== null;

  useEffect(() => {
    if (editing) headingRef.current?.focus();
  }, [editing]);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ name: !name.trim() && t('organisations.nameRequired') }),
      async () => {
        const body = { name: name.trim(), kind, municipalityId: municipalityId || null };
        if (organisation) {
          await api.patch(`/api/admin/organisations/${encodeURIComponent(organisation.id)}`, { ...body, version });
          onSaved(t('organisations.updated', { name: body.name }));
        } else {
          await api.post('/api/admin/organisations', municipalityId ? body : { name: body.name, kind });
          onSaved(t('organisations.created', { name: body.name }));
        }
      },
    );

  return (
    <section aria-labelledby="organisation-form-title" className="samenspel-section">
      <Heading level={2} id="organisation-form-title" ref={headingRef} tabIndex={-1}>
        {editing ? t('organisations.editTitle', { name: organisation.name }) : t('organisations.newTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="organisation" fields={FIELDS} />
        <TextField
          id="organisation-name"
          label={t('organisations.name')}
          value={name}
          onChange={setName}
          error={errors.fields.name}
          autoComplete="organization"
          required
        />
        <SelectField
          id="organisation-kind"
          label={t('organisations.kind')}
          value={kind}
          onChange={setKind}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          error={errors.fields.kind}
          required
        />
        <SelectField
          id="organisation-municipalityId"
          label={t('organisations.municipality')}
          value={municipalityId}
          onChange={setMunicipalityId}
          options={[{ value: '', label: t('organisations.noMunicipality') }, ...municipalities.map((m) => ({ value: m.id, label: m.name }))]}
          error={errors.fields.municipalityId}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {editing ? t('common.save') : t('organisations.add')}
          </Button>
          {editing ? (
            <Button appearance="secondary-action-button" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}
