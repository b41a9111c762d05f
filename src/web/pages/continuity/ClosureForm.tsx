import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { ContinuityPageData } from './types';

const isPage = (v: unknown): v is ContinuityPageData => typeof v === 'object' && v !== null && 'plan' in v && 'roles' in v;

/**
 * Close the plan with a summary for the network ("afronden, los laten"), or open a closed plan
 * again when things get hard. The server stops (and restores) the running agreements.
 */
export function ClosureForm({ clientId, plan, onChanged }: { clientId: string; plan: ContinuityPageData['plan']; onChanged: (message: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const closed = plan.status === 'closed';
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<ContinuityPageData>({ conflict: { parse: (c) => (isPage(c) ? c : null), load: () => onChanged(null) } });
  const field = closed ? 'note' : 'summary';
  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ [field]: !text.trim() && (closed ? t('continuity.closure.noteRequired') : t('continuity.closure.summaryRequired')) }),
      async () => {
        const path = `/api/clients/${encodeURIComponent(clientId)}/continuity/${closed ? 'reopen' : 'close'}`;
        await api.post<ContinuityPageData>(path, closed ? { version: plan.version, note: text.trim() } : { version: plan.version, summary: text.trim() });
        clearErrors();
        setText('');
        onChanged(closed ? t('continuity.closure.reopened') : t('continuity.closure.closed'));
      },
    );
  return (
    <section aria-labelledby="closure-title" className="samenspel-section samenspel-continuity-noprint">
      <Heading level={2} id="closure-title">
        {closed ? t('continuity.closure.reopenTitle') : t('continuity.closure.closeTitle')}
      </Heading>
      <Paragraph>{closed ? t('continuity.closure.reopenIntro') : t('continuity.closure.closeIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        {conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={errors} idPrefix="closure" fields={[field]} />
        <TextAreaField
          id={`closure-${field}`}
          label={closed ? t('continuity.closure.note') : t('continuity.closure.summary')}
          description={closed ? undefined : t('continuity.closure.summaryHint')}
          value={text}
          onChange={setText}
          error={errors.fields[field]}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {closed ? t('continuity.closure.reopenSubmit') : t('continuity.closure.closeSubmit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
