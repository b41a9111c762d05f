import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, request } from '../../api/client';
import type { CircleMember } from '../../api/circle-types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ProblemAlert } from '../../components/ProblemAlert';
import { memberLabel } from './circleText';
import { circlePagePath, leaveApi, memberApi } from './paths';

interface Props {
  clientId: string;
  /** The client's first name, or null when the viewer may not know it. */
  clientName: string | null;
  /** The member to take out of the circle; null: the viewer leaves the circle themself. */
  member: CircleMember | null;
  version: number;
  /** 409: someone changed this membership meanwhile; `current` is the server's state. */
  onStale: (current: unknown) => void;
}

/** Take someone out of the circle (whoever decides), or leave it yourself; always with a confirm step. */
export function RemoveMember({ clientId, clientName, member, version, onStale }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflicted, setConflicted] = useState(false);
  const client = clientName ?? t('circle.someone');

  const remove = async () => {
    setBusy(true);
    setError(null);
    setConflicted(false);
    try {
      if (member) {
        await request<void>('DELETE', memberApi(clientId, member.linkId, version));
        navigate(circlePagePath(clientId), { state: { message: t('circle.remove.done', { name: member.name }) } });
      } else {
        await request<void>('DELETE', leaveApi(clientId, version));
        navigate('/');
      }
    } catch (e) {
      const stale = e instanceof ApiError && e.status === 409;
      setConflicted(stale);
      setError(!stale && e instanceof ApiError ? e : null);
      setAsking(false);
      setBusy(false);
      if (stale) onStale(e.problem.current);
    }
  };

  return (
    <section aria-labelledby="access-remove" className="samenspel-section">
      <Heading level={2} id="access-remove">
        {member ? t('circle.remove.title') : t('circle.remove.leaveTitle')}
      </Heading>
      <Paragraph>{member ? t('circle.remove.intro', { name: member.name }) : t('circle.remove.leaveIntro', { name: client })}</Paragraph>
      {conflicted ? <ConflictAlert /> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {asking ? (
        <FocusOnMount>
          <Alert type="warning">
            <Heading level={3}>{member ? t('circle.remove.confirmTitle', { name: memberLabel(member) }) : t('circle.remove.leaveConfirmTitle')}</Heading>
            <Paragraph>{member ? t('circle.remove.confirmBody', { name: member.name, client }) : t('circle.remove.leaveConfirmBody', { name: client })}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={busy} onClick={() => void remove()}>
                {member ? t('circle.remove.yes') : t('circle.remove.leaveYes')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
                {t('circle.remove.no')}
              </Button>
            </ButtonGroup>
          </Alert>
        </FocusOnMount>
      ) : (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
            {member ? t('circle.remove.button', { name: member.name }) : t('circle.remove.leave')}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}

/** A block that takes focus when it appears, so keyboard and screen reader users land on the question. */
function FocusOnMount({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="samenspel-focus-target">
      {children}
    </div>
  );
}
