import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CircleView } from '../../api/circle-types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { memberLabel } from './circleText';
import { regisseurApi } from './paths';

interface Props {
  view: CircleView;
  onSaved: (message: string) => void;
}

/** The one professional who keeps the overview ("één gezin, één plan, één regisseur"). */
export function RegisseurPanel({ view, onSaved }: Props) {
  const { t } = useTranslation();
  const professionals = view.members.filter((m) => m.relation === 'professional');
  const current = view.circle?.regisseur ?? null;
  const [userId, setUserId] = useState(current?.userId ?? '');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const mayChoose = (view.me.decidesAs !== null || view.me.relation === 'professional') && professionals.length > 0;

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ userId: !userId && t('circle.regisseur.chooseRequired') }),
      async () => {
        await api.put(regisseurApi(view.client.id), { userId });
        clearErrors();
        const chosen = professionals.find((p) => p.userId === userId);
        onSaved(t('circle.regisseur.saved', { name: chosen?.name ?? '' }));
      },
    );

  return (
    <section aria-labelledby="circle-regisseur" className="samenspel-section">
      <Heading level={2} id="circle-regisseur">
        {t('circle.regisseur.title')}
      </Heading>
      <Paragraph>{current ? t('circle.regisseur.is', { name: current.name }) : t('circle.regisseur.none')}</Paragraph>
      <Paragraph>{t('circle.regisseur.explain')}</Paragraph>
      {mayChoose ? (
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
          <ErrorSummary errors={errors} idPrefix="regisseur" fields={['userId']} />
          <SelectField
            id="regisseur-userId"
            label={t('circle.regisseur.choose')}
            value={userId}
            onChange={setUserId}
            options={[{ value: '', label: t('circle.regisseur.nobody') }, ...professionals.map((p) => ({ value: p.userId, label: memberLabel(p) }))]}
            error={errors.fields.userId}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={busy}>
              {t('circle.regisseur.save')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
