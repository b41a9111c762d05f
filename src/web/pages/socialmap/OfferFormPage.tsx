import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { ACCESS_ROUTES, OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS, type Offer } from '../../api/socialmap-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useUser } from '../../session/useSession';
import { NoAccessPage } from '../NoAccessPage';
import { bodyOf, checkDraft, draftOf, emptyDraft, type OfferDraft } from './offerDraft';
import { OrganisationField } from './OrganisationField';
import { asEntry, isOwner, mayEdit, OWNER_PATH, type Contact, type Municipality } from './ownerTypes';
import { offerPath, WEEKDAYS } from './socialMapText';
import '../../styles/socialmap.css';

const FIELDS = [
  'organisationId',
  'title',
  'description',
  'kind',
  'needs',
  'targetGroup',
  'ageMin',
  'ageMax',
  'municipalityId',
  'cost',
  'costNote',
  'accessRoute',
  'contactId',
  ...WEEKDAYS.map((d) => `openingTimes.${d}`),
];

/** /sociale-kaart/nieuw and /sociale-kaart/:id/bewerken — one form for adding and changing an offer. */
export function OfferFormPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { id } = useParams();
  const loaded = useApi<Offer>(id ? `/api/social-map/offers/${encodeURIComponent(id)}` : null);
  if (!isOwner(user)) return <NoAccessPage />;
  if (!id) return <OfferForm initial={null} />;
  if (!loaded.data) {
    return (
      <>
        <PageTitle>{t('socialMapOwner.form.editTitle')}</PageTitle>
        {loaded.error ? <ProblemAlert error={loaded.error} /> : <LoadingMessage />}
      </>
    );
  }
  if (!mayEdit(user, loaded.data.organisationId)) return <NoAccessPage />;
  return <OfferForm key={loaded.data.id} initial={loaded.data} />;
}

function OfferForm({ initial }: { initial: Offer | null }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<OfferDraft>(initial ? draftOf(initial) : emptyDraft(user?.roles.includes('beheerder') ? '' : (user?.organisationId ?? '')));
  const [version, setVersion] = useState(initial?.version ?? 0);
  const municipalities = useApi<Municipality[]>('/api/social-map/municipalities');
  const contacts = useApi<Contact[]>(draft.organisationId ? `/api/social-map/contacts?organisationId=${encodeURIComponent(draft.organisationId)}` : null);
  const { errors, busy, conflict, submit } = useFormSubmit<Offer>({
    conflict: {
      parse: (current) => asEntry<Offer>(current),
      load: (current) => {
        setDraft(draftOf(current));
        setVersion(current.version);
      },
    },
  });
  const set = <K extends keyof OfferDraft>(key: K) => (value: OfferDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setHours = (day: string) => (value: string) => setDraft((d) => ({ ...d, openingTimes: { ...d.openingTimes, [day]: value } }));

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => checkDraft(t, draft),
      async () => {
        const body = bodyOf(draft);
        const saved = initial ? await api.put<Offer>(`/api/social-map/offers/${encodeURIComponent(initial.id)}`, { ...body, version }) : await api.post<Offer>('/api/social-map/offers', body);
        navigate(offerPath(saved.id), { state: { message: t(initial ? 'socialMapOwner.form.saved' : 'socialMapOwner.form.added', { title: saved.title }) } });
      },
    );

  const title = initial ? t('socialMapOwner.form.editTitle') : t('socialMapOwner.form.newTitle');
  return (
    <>
      <Paragraph className="socialmap-back">
        <AppLink to={initial ? offerPath(initial.id) : OWNER_PATH}>{initial ? t('socialMapOwner.form.backToOffer') : t('socialMapOwner.backToOwner')}</AppLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      <Paragraph>{t('socialMapOwner.form.intro')}</Paragraph>
      <Heading level={2} id="socialmap-form-title">
        {t('socialMapOwner.form.formTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <form noValidate aria-labelledby="socialmap-form-title" onSubmit={(e) => void onSubmit(e)} className="samenspel-form socialmap-form">
        <ErrorSummary
          errors={errors}
          idPrefix="offer"
          fields={FIELDS}
          labels={{
            organisationId: t('socialMapOwner.form.organisation'),
            title: t('socialMapOwner.form.title'),
            description: t('socialMapOwner.form.description'),
            kind: t('socialMap.offer.kind'),
            needs: t('socialMapOwner.form.needs'),
            targetGroup: t('socialMapOwner.form.targetGroup'),
            ageMin: t('socialMapOwner.form.ageMin'),
            ageMax: t('socialMapOwner.form.ageMax'),
            municipalityId: t('socialMap.offer.where'),
            cost: t('socialMap.offer.cost'),
            costNote: t('socialMapOwner.form.costNote'),
            accessRoute: t('socialMap.offer.howToGetThere'),
            contactId: t('socialMapOwner.form.contact'),
            ...Object.fromEntries(WEEKDAYS.map((d) => [`openingTimes.${d}`, t(`socialMap.weekday.${d}`)])),
          }}
        />
        <OrganisationField
          id="offer-organisationId"
          value={draft.organisationId}
          onChange={(v) => setDraft((d) => ({ ...d, organisationId: v, contactId: '' }))}
          error={errors.fields.organisationId}
          {...(initial ? { currentName: initial.organisationName } : {})}
        />
        <TextField id="offer-title" label={t('socialMapOwner.form.title')} value={draft.title} onChange={set('title')} error={errors.fields.title} maxLength={200} required autoComplete="off" />
        <TextAreaField
          id="offer-description"
          label={t('socialMapOwner.form.description')}
          description={t('socialMapOwner.form.descriptionHint')}
          value={draft.description}
          onChange={set('description')}
          error={errors.fields.description}
          maxLength={4000}
          required
        />
        <SelectField
          id="offer-kind"
          label={t('socialMap.offer.kind')}
          value={draft.kind}
          onChange={set('kind')}
          error={errors.fields.kind}
          options={OFFER_KINDS.map((k) => ({ value: k, label: t(`socialMap.kind.${k}`) }))}
        />
        <CheckboxGroup
          id="offer-needs"
          legend={t('socialMapOwner.form.needs')}
          values={draft.needs}
          onChange={set('needs')}
          error={errors.fields.needs}
          options={OFFER_NEEDS.map((n) => ({ value: n, label: t(`socialMap.need.${n}`) }))}
        />
        <TextField id="offer-targetGroup" label={t('socialMapOwner.form.targetGroup')} description={t('socialMapOwner.form.targetGroupHint')} value={draft.targetGroup} onChange={set('targetGroup')} error={errors.fields.targetGroup} maxLength={300} autoComplete="off" />
        <Fieldset>
          <FieldsetLegend>{t('socialMapOwner.form.ages')}</FieldsetLegend>
          <Paragraph appearance="small">{t('socialMapOwner.form.agesHint')}</Paragraph>
          <div className="socialmap-form__pair">
            <TextField id="offer-ageMin" label={t('socialMapOwner.form.ageMin')} value={draft.ageMin} onChange={set('ageMin')} error={errors.fields.ageMin} inputMode="numeric" maxLength={3} autoComplete="off" />
            <TextField id="offer-ageMax" label={t('socialMapOwner.form.ageMax')} value={draft.ageMax} onChange={set('ageMax')} error={errors.fields.ageMax} inputMode="numeric" maxLength={3} autoComplete="off" />
          </div>
        </Fieldset>
        <SelectField
          id="offer-municipalityId"
          label={t('socialMap.offer.where')}
          value={draft.municipalityId}
          onChange={set('municipalityId')}
          error={errors.fields.municipalityId}
          options={[{ value: '', label: t('socialMap.card.wholeRegion') }, ...(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))]}
        />
        <RadioGroup
          id="offer-cost"
          legend={t('socialMap.offer.cost')}
          value={draft.cost}
          onChange={set('cost')}
          error={errors.fields.cost}
          options={OFFER_COSTS.map((c) => ({ value: c, label: t(`socialMap.cost.${c}`) }))}
        />
        <TextField id="offer-costNote" label={t('socialMapOwner.form.costNote')} description={t('socialMapOwner.form.costNoteHint')} value={draft.costNote} onChange={set('costNote')} error={errors.fields.costNote} maxLength={300} autoComplete="off" />
        <RadioGroup
          id="offer-accessRoute"
          legend={t('socialMap.offer.howToGetThere')}
          value={draft.accessRoute}
          onChange={set('accessRoute')}
          error={errors.fields.accessRoute}
          options={ACCESS_ROUTES.map((r) => ({ value: r, label: t(`socialMap.access.${r}`) }))}
        />
        <SelectField
          id="offer-contactId"
          label={t('socialMapOwner.form.contact')}
          description={t('socialMapOwner.form.contactHint')}
          value={draft.contactId}
          onChange={set('contactId')}
          error={errors.fields.contactId}
          options={[{ value: '', label: t('socialMapOwner.form.noContact') }, ...(contacts.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.role})` }))]}
        />
        <Fieldset>
          <FieldsetLegend>{t('socialMap.offer.openingTitle')}</FieldsetLegend>
          <Paragraph appearance="small">{t('socialMapOwner.form.hoursHint')}</Paragraph>
          <div className="socialmap-form__days">
            {WEEKDAYS.map((day) => (
              <TextField
                key={day}
                id={`offer-openingTimes.${day}`}
                label={t(`socialMap.weekday.${day}`)}
                value={draft.openingTimes[day] ?? ''}
                onChange={setHours(day)}
                error={errors.fields[`openingTimes.${day}`]}
                maxLength={60}
                autoComplete="off"
                placeholder="09:00-12:00"
              />
            ))}
          </div>
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {initial ? t('socialMapOwner.form.save') : t('socialMapOwner.form.add')}
          </Button>
        </ButtonGroup>
      </form>
      {initial ? <ArchiveOffer offer={initial} version={version} /> : null}
    </>
  );
}

/** Taking an offer off the map asks once more; it is kept (not deleted), so old referrals keep their meaning. */
function ArchiveOffer({ offer, version }: { offer: Offer; version: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const archive = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/social-map/offers/${encodeURIComponent(offer.id)}/archive`, { version });
      navigate(OWNER_PATH, { state: { message: t('socialMapOwner.archive.done', { title: offer.title }) } });
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="socialmap-archive" className="samenspel-section">
      <Heading level={2} id="socialmap-archive">
        {t('socialMapOwner.archive.title')}
      </Heading>
      <Paragraph>{t('socialMapOwner.archive.body')}</Paragraph>
      {error ? <ProblemAlert error={error} /> : null}
      {error?.status === 409 ? <Paragraph>{t('socialMapOwner.archive.conflict')}</Paragraph> : null}
      <ButtonGroup>
        {asking ? (
          <>
            <Button appearance="primary-action-button" hint="danger" busy={busy} onClick={() => void archive()}>
              {t('socialMapOwner.archive.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
              {t('socialMapOwner.archive.cancel')}
            </Button>
          </>
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
            {t('socialMapOwner.archive.button')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}
