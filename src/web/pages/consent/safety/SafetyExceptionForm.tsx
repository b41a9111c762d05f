import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../api/client';
import {
  JUSTIFICATION_MIN,
  NO_INFORM_REASON_MIN,
  SAFETY_GROUNDS,
  SAFETY_REVIEW_DAYS,
  SAFETY_VALID_HOURS,
  type SafetyException,
  type SafetyExceptionList as List,
} from '../../../api/safety-types';
import { useApi } from '../../../api/useApi';
import { AppLink } from '../../../components/AppLink';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldErrors } from '../../../components/formErrors';
import { PageTitle } from '../../../components/PageTitle';
import { RadioGroup } from '../../../components/RadioGroup';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useLocale } from '../../../i18n/useLocale';
import { formatDateTime } from '../../../lib/format';
import '../../../styles/safety.css';
import { CATEGORIES } from '../../access-log/accessLogSentence';
import { SafetyExceptionList } from './SafetyExceptionList';
import { TextAreaField } from '../../../components/TextAreaField';

const FIELDS = ['ground', 'categories', 'justification', 'informClient', 'noInformReason'];

/**
 * /clienten/:id/veiligheid/nieuw — a professional records why they must view or share information
 * without consent. The page says plainly what follows: it is recorded, reviewed within 7 days and
 * normally told to the client.
 */
export function SafetyExceptionForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const list = useApi<List>(`/api/clients/${encodeURIComponent(id)}/safety-exceptions`, { keepPrevious: true });
  const [ground, setGround] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [justification, setJustification] = useState('');
  const [inform, setInform] = useState('');
  const [noInformReason, setNoInformReason] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          ground: !ground && t('safety.groundRequired'),
          categories: categories.length === 0 && t('safety.categoriesRequired'),
          justification: justification.trim().length < JUSTIFICATION_MIN && t('safety.justificationShort', { min: JUSTIFICATION_MIN }),
          informClient: !inform && t('safety.informRequired'),
          noInformReason: inform === 'no' && noInformReason.trim().length < NO_INFORM_REASON_MIN && t('safety.justificationShort', { min: NO_INFORM_REASON_MIN }),
        }),
      async () => {
        setSaved(null);
        const created = await api.post<SafetyException>(`/api/clients/${encodeURIComponent(id)}/safety-exceptions`, {
          ground,
          // In the order of the list, whatever order they were ticked in.
          categories: CATEGORIES.filter((c) => categories.includes(c)),
          justification: justification.trim(),
          informClient: inform === 'yes',
          ...(inform === 'no' ? { noInformReason: noInformReason.trim() } : {}),
        });
        clearErrors();
        setGround('');
        setCategories([]);
        setJustification('');
        setInform('');
        setNoInformReason('');
        setSaved(t('safety.saved', { until: formatDateTime(created.validUntil, locale) }));
        list.reload();
      },
    );

  return (
    <>
      <PageTitle>{t('safety.newTitle')}</PageTitle>
      <Paragraph>{t('safety.newIntro')}</Paragraph>
      <section aria-labelledby="safety-how" className="samenspel-section">
        <Heading level={2} id="safety-how">
          {t('safety.howItWorks')}
        </Heading>
        <UnorderedList className="samenspel-rules">
          <UnorderedListItem>{t('safety.rules.recorded')}</UnorderedListItem>
          <UnorderedListItem>{t('safety.rules.hours', { hours: SAFETY_VALID_HOURS })}</UnorderedListItem>
          <UnorderedListItem>{t('safety.rules.review', { days: SAFETY_REVIEW_DAYS })}</UnorderedListItem>
          <UnorderedListItem>{t('safety.rules.inform')}</UnorderedListItem>
          <UnorderedListItem>{t('safety.rules.log')}</UnorderedListItem>
        </UnorderedList>
      </section>
      {saved ? <SuccessAlert focus>{saved}</SuccessAlert> : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="safety" fields={FIELDS} />
        <RadioGroup
          id="safety-ground"
          legend={t('safety.ground')}
          value={ground}
          onChange={setGround}
          options={SAFETY_GROUNDS.map((g) => ({ value: g, label: t(`safety.grounds.${g}`) }))}
          error={errors.fields.ground}
        />
        <CheckboxGroup
          id="safety-categories"
          legend={t('safety.categories')}
          values={categories}
          onChange={setCategories}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`accessLog.categoryName.${c}`) }))}
          error={errors.fields.categories}
        />
        <TextAreaField
          id="safety-justification"
          label={t('safety.justification')}
          description={
            <>
              {t('safety.justificationHint', { min: JUSTIFICATION_MIN })} {t('safety.characters', { count: justification.trim().length })}
            </>
          }
          value={justification}
          onChange={setJustification}
          error={errors.fields.justification}
          rows={6}
          required
        />
        <RadioGroup
          id="safety-informClient"
          legend={t('safety.informClient')}
          value={inform}
          onChange={setInform}
          options={[
            { value: 'yes', label: t('safety.informYes') },
            { value: 'no', label: t('safety.informNo') },
          ]}
          error={errors.fields.informClient}
        />
        {inform === 'no' ? (
          <TextAreaField
            id="safety-noInformReason"
            label={t('safety.noInformReason')}
            description={t('safety.noInformReasonHint', { min: NO_INFORM_REASON_MIN })}
            value={noInformReason}
            onChange={setNoInformReason}
            error={errors.fields.noInformReason}
            required
          />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('safety.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <SafetyExceptionList clientId={id} list={list} />
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}`}>{t('refusals.backToClient')}</AppLink>
      </Paragraph>
    </>
  );
}
