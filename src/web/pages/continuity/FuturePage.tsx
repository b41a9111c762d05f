import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import '../../styles/continuity.css';
import { ContinuityNav } from './ContinuityNav';
import { DialogueCard } from './DialogueCard';
import { DialogueForm } from './DialogueForm';
import type { FuturePageData } from './types';

/**
 * /clienten/:id/plan/toekomst — the toekomstplan of a young person in care: the conversations, not
 * a document to be graded. Wishes may change; what was not talked about yet is written down too.
 */
export function FuturePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const page = useApi<FuturePageData>(`/api/clients/${encodeURIComponent(id)}/future`, { keepPrevious: true });
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const changed = (m: string | null) => {
    setMessage(m);
    setEditing(null);
    page.reload();
  };
  const data = page.data;
  return (
    <>
      <PageTitle>{t('continuity.future.title')}</PageTitle>
      <Paragraph>{t('continuity.future.intro')}</Paragraph>
      <Paragraph>{t('continuity.future.dialogueNotDocument')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {page.error ? <ProblemAlert error={page.error} /> : null}
      {data ? (
        <>
          {!data.eligible ? <Paragraph>{t('continuity.future.tooYoung', { age: data.minAge })}</Paragraph> : null}
          <section aria-labelledby="dialogues-title" className="samenspel-section">
            <Heading level={2} id="dialogues-title">
              {t('continuity.future.dialoguesTitle')}
            </Heading>
            {data.dialogues.length === 0 ? <Paragraph>{t('continuity.future.noDialogues')}</Paragraph> : null}
            {data.dialogues.map((d) =>
              editing === d.id ? (
                <DialogueForm key={d.id} clientId={id} dialogue={d} onSaved={changed} onCancel={() => setEditing(null)} />
              ) : (
                <DialogueCard key={d.id} dialogue={d} {...(data.canEdit ? { onEdit: () => setEditing(d.id) } : {})} />
              ),
            )}
          </section>
          {data.canEdit && editing === null ? (
            <section className="samenspel-section">
              <DialogueForm clientId={id} dialogue={null} onSaved={changed} />
            </section>
          ) : null}
        </>
      ) : !page.error ? (
        <LoadingMessage />
      ) : null}
      <ContinuityNav clientId={id} current="future" />
    </>
  );
}
