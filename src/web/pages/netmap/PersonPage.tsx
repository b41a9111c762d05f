import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, request } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { netmapApi, netmapPaths } from './paths';
import { PersonCircle } from './PersonCircle';
import { PersonFamily } from './PersonFamily';
import { PersonForm } from './PersonForm';
import { useClientName } from './useClientName';
import type { AddedPerson, MapView, PersonView } from './types';
import './netmap.css';

function BackLink({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <AppLink to={netmapPaths.map(clientId)}>{t('netmap.actions.back')}</AppLink>
    </Paragraph>
  );
}

/** Adding a person; a likely double comes back as a warning on the map. */
export function NewPersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{t('netmap.form.addTitle')}</PageTitle>
      <PersonForm
        initial={null}
        submitLabel={t('netmap.form.saveNew')}
        onSave={async (fields) => {
          const added = await api.post<AddedPerson>(netmapApi.persons(id), fields);
          const warning = added.duplicates.length ? t('netmap.duplicates.warning', { names: added.duplicates.map((d) => d.displayName).join(', ') }) : null;
          await navigate(netmapPaths.map(id), { state: { message: t('netmap.form.added', { name: added.person.displayName }), warning } });
        }}
      />
      <BackLink clientId={id} />
    </>
  );
}

function DeleteSection({ clientId, person }: { clientId: string; person: PersonView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asked, setAsked] = useState(false);
  const { errors, busy, submit } = useFormSubmit();
  return (
    <section aria-labelledby="netmap-delete-title" className="samenspel-section">
      <Heading level={2} id="netmap-delete-title">
        {t('netmap.person.deleteTitle')}
      </Heading>
      <Paragraph>{t('netmap.person.deleteIntro')}</Paragraph>
      <ErrorSummary errors={errors} idPrefix="netmap-delete" fields={[]} />
      {asked ? (
        <form
          onSubmit={(e) =>
            void submit(e, () => NO_ERRORS, async () => {
              await request('DELETE', `${netmapApi.person(clientId, person.id)}?version=${person.version}`);
              await navigate(netmapPaths.map(clientId), { state: { message: t('netmap.person.deleted', { name: person.displayName }) } });
            })
          }
        >
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy}>
              {t('netmap.person.deleteConfirm', { name: person.displayName })}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setAsked(false)}>
              {t('netmap.form.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setAsked(true)}>
          {t('netmap.person.delete')}
        </Button>
      )}
    </section>
  );
}

/** One person on the map: change their details, their place in the circle, their family links. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '', personId = '' } = useParams();
  const { name: clientName } = useClientName(id);
  const map = useApi<MapView>(netmapApi.map(id));
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const person = map.data?.persons.find((p) => p.id === personId);
  const changed = (message: string) => {
    setNotice(message);
    setRound((r) => r + 1);
    map.reload();
  };

  if (map.error) {
    return (
      <>
        <PageTitle>{t('netmap.titleUnknown')}</PageTitle>
        <ProblemAlert error={map.error} />
        <BackLink clientId={id} />
      </>
    );
  }
  if (!map.data) return <LoadingMessage />;
  if (!person) {
    return (
      <>
        <PageTitle>{t('netmap.person.notFound')}</PageTitle>
        <Alert type="warning">
          <Paragraph>{t('netmap.person.notFound')}</Paragraph>
        </Alert>
        <BackLink clientId={id} />
      </>
    );
  }
  const m = map.data;
  return (
    <>
      <PageTitle>{m.canEdit ? t('netmap.form.editTitle', { name: person.displayName }) : person.displayName}</PageTitle>
      {notice ? <SuccessAlert focus>{notice}</SuccessAlert> : null}
      {m.canEdit ? (
        <PersonForm
          key={`${person.id}:${round}`}
          initial={person}
          submitLabel={t('netmap.form.save')}
          onSave={async (fields, version) => {
            await api.put<PersonView>(netmapApi.person(id, person.id), { ...fields, version });
            changed(t('netmap.form.saved'));
          }}
        />
      ) : (
        <Paragraph>
          {person.relation} · {t(`netmap.sector.${person.sector}`)} · {t(`netmap.closeness.${person.closeness}`)} · {t(`netmap.quality.${person.quality}`)}
        </Paragraph>
      )}
      <PersonCircle key={`c:${person.version}`} clientId={id} person={person} map={m} onChanged={(_p, message) => changed(message)} />
      <PersonFamily clientId={id} person={person} map={m} clientName={clientName} onChanged={changed} />
      {m.canEdit ? <DeleteSection clientId={id} person={person} /> : null}
      <BackLink clientId={id} />
    </>
  );
}
