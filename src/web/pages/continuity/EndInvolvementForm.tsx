import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { memberName, type ContinuityPageData } from './types';

const isPage = (v: unknown): v is ContinuityPageData => typeof v === 'object' && v !== null && 'plan' in v && 'roles' in v;

/**
 * A professional stops: a summary for the network and who takes over their agreements. A
 * professional ends their own involvement; the client (or whoever decides) can end anyone's.
 */
export function EndInvolvementForm({ clientId, page, onChanged }: { clientId: string; page: ContinuityPageData; onChanged: (message: string | null) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const professionals = page.members.filter((m) => m.relation === 'professional' && (page.canEndOthers || m.linkId === page.myLinkId));
  const [linkId, setLinkId] = useState(professionals.length === 1 ? professionals[0]!.linkId : '');
  const [successor, setSuccessor] = useState('');
  const [summary, setSummary] = useState('');
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<ContinuityPageData>({ conflict: { parse: (c) => (isPage(c) ? c : null), load: () => onChanged(null) } });
  if (professionals.length === 0) return null;
  const own = linkId !== '' && linkId === page.myLinkId;
  const chosen = page.members.find((m) => m.linkId === linkId);
  const successors = page.members.filter((m) => m.linkId !== linkId && m.mayReadPlan);

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ linkId: !linkId && t('continuity.involvement.chooseRequired'), summary: !summary.trim() && t('continuity.involvement.summaryRequired') }),
      async () => {
        const res = await api.post<{ tasksMoved: number; left: boolean }>(`/api/clients/${encodeURIComponent(clientId)}/continuity/end-involvement`, {
          linkId,
          version: chosen?.version ?? 1,
          summary: summary.trim(),
          successorLinkId: successor || null,
        });
        clearErrors();
        if (res.left) {
          void navigate('/', { state: { message: t('continuity.involvement.youLeft') } });
          return;
        }
        setSummary('');
        setSuccessor('');
        setLinkId('');
        onChanged(t('continuity.involvement.done', { count: res.tasksMoved }));
      },
    );

  return (
    <section aria-labelledby="involvement-title" className="samenspel-section samenspel-continuity-noprint">
      <Heading level={2} id="involvement-title">
        {page.canEndOthers ? t('continuity.involvement.titleOthers') : t('continuity.involvement.titleOwn')}
      </Heading>
      <Paragraph>{t('continuity.involvement.intro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        {conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={errors} idPrefix="involvement" fields={['linkId', 'summary', 'successorLinkId']} />
        <SelectField
          id="involvement-linkId"
          label={t('continuity.involvement.who')}
          value={linkId}
          onChange={setLinkId}
          options={[{ value: '', label: t('continuity.roles.chooseMember') }, ...professionals.map((m) => ({ value: m.linkId, label: m.linkId === page.myLinkId ? t('continuity.involvement.me', { name: memberName(m) }) : memberName(m) }))]}
          error={errors.fields.linkId}
          required
        />
        <SelectField
          id="involvement-successorLinkId"
          label={t('continuity.involvement.successor')}
          description={t('continuity.involvement.successorHint')}
          value={successor}
          onChange={setSuccessor}
          options={[{ value: '', label: t('continuity.involvement.nobody') }, ...successors.map((m) => ({ value: m.linkId, label: memberName(m) }))]}
          error={errors.fields.successorLinkId}
        />
        <TextAreaField id="involvement-summary" label={t('continuity.involvement.summary')} description={t('continuity.involvement.summaryHint')} value={summary} onChange={setSummary} error={errors.fields.summary} required />
        {linkId ? <Paragraph>{own ? t('continuity.involvement.consequenceOwn') : t('continuity.involvement.consequenceOther')}</Paragraph> : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {own ? t('continuity.involvement.submitOwn') : t('continuity.involvement.submitOther')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
