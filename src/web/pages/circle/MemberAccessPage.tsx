import '../../styles/circle.css';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ChangeOutcome, CircleMember, CircleView } from '../../api/circle-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { useUser } from '../../session/useSession';
import { AccessForm } from './AccessForm';
import { CategoryLevels } from './CategoryLevels';
import { categoriesAt, endDateOf, joinNames, partyNames } from './circleText';
import { asCircleView, circleApi, circlePagePath } from './paths';
import { RemoveMember } from './RemoveMember';

/** /clienten/:id/kring/:linkId — "Wat kan Jessica zien?": change it, propose a change, or just read it. */
export function MemberAccessPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '', linkId = '' } = useParams();
  const user = useUser();
  const circle = useApi<CircleView>(circleApi(id));
  const [latest, setLatest] = useState<{ round: CircleView | undefined; view: CircleView } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const view = latest && latest.round === circle.data ? latest.view : circle.data;
  const member = view?.members.find((m) => m.linkId === linkId);

  const keep = (next: CircleView) => setLatest({ round: circle.data, view: next });
  const saved = (outcome: ChangeOutcome) => {
    keep(outcome.circle);
    const name = member?.name ?? '';
    if (outcome.status === 'applied') {
      setMessage(t('circle.access.applied', { name }));
    } else {
      const waiting = outcome.circle.pending.find((p) => p.id === outcome.decisionId)?.waitingFor ?? [];
      setMessage(t('circle.access.pendingSaved', { names: joinNames(partyNames(waiting, outcome.circle, t, locale), locale) }));
    }
  };

  const title = member
    ? t('circle.access.title', { name: member.name })
    : circle.error && [400, 404].includes(circle.error.status)
      ? t('circle.notFound')
      : view
        ? t('circle.access.gone')
        : t('circle.access.loadingTitle');

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {circle.error ? (
        <ProblemAlert error={circle.error} />
      ) : !view ? (
        <LoadingMessage />
      ) : !member ? (
        <Paragraph>{t('circle.access.goneBody')}</Paragraph>
      ) : (
        <MemberContent view={view} member={member} myUserId={user?.id ?? null} onSaved={saved} onConflict={keep} onStale={(current) => (current ? keep(current) : circle.reload())} />
      )}
      <Paragraph>
        <AppLink to={circlePagePath(id)}>{view?.me.relation === 'self' ? t('circle.links.backOwn') : t('circle.links.back')}</AppLink>
      </Paragraph>
    </>
  );
}

interface ContentProps {
  view: CircleView;
  member: CircleMember;
  myUserId: string | null;
  onSaved: (outcome: ChangeOutcome) => void;
  onConflict: (current: CircleView) => void;
  /** Removing failed on a stale version: the circle as it is now, if the answer had it. */
  onStale: (current: CircleView | null) => void;
}

function MemberContent({ view, member, myUserId, onSaved, onConflict, onStale }: ContentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const decides = view.me.decidesAs !== null;
  const itsMe = member.userId === myUserId;
  const mayChange = decides || (view.me.canPropose && !itsMe);
  const pending = view.pending.filter((p) => p.linkId === member.linkId);
  const extra = [member.label, member.organisationName].filter(Boolean).join(', ');

  return (
    <>
      <Paragraph lead>
        {extra ? t('circle.access.who', { name: member.name, extra, group: t(`circle.groupOne.${member.relation}`) }) : t(`circle.groupOne.${member.relation}`)}
      </Paragraph>
      {member.decides ? <Paragraph>{t('circle.access.memberDecides', { name: member.name })}</Paragraph> : null}
      {pending.length > 0 ? (
        <Alert type="info">
          <Paragraph>{t('circle.access.pendingExists', { count: pending.length, name: member.name })}</Paragraph>
          <Paragraph>
            <AppLink to={circlePagePath(view.client.id)}>{t('circle.access.toPending')}</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      {mayChange ? (
        <AccessForm key={member.linkId} view={view} member={member} decides={decides} onSaved={onSaved} onConflict={onConflict} />
      ) : (
        <section aria-labelledby="access-now" className="samenspel-section">
          <Heading level={2} id="access-now">
            {t('circle.access.nowTitle')}
          </Heading>
          <ReadOnlySentences member={member} />
          <CategoryLevels cells={member.cells} />
          {member.expiresAt ? (
            <Paragraph>{t('circle.access.untilSentence', { name: member.name, date: formatCalendarDate(endDateOf(member.expiresAt), locale) })}</Paragraph>
          ) : null}
          <Paragraph>{t('circle.access.readOnly', { name: view.client.firstName })}</Paragraph>
        </section>
      )}
      {decides || itsMe ? (
        <RemoveMember
          clientId={view.client.id}
          clientName={view.client.firstName}
          member={itsMe ? null : member}
          version={member.version}
          onStale={(current) => onStale(asCircleView<CircleView>(current))}
        />
      ) : null}
    </>
  );
}

/** "Jessica kan bekijken en aanvullen: … Jessica kan bekijken: … Jessica kan niet zien: …" */
function ReadOnlySentences({ member }: { member: CircleMember }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {(['contribute', 'read', 'none'] as const).map((level) => {
        const cats = categoriesAt(member.cells, level);
        if (cats.length === 0) return null;
        return (
          <Paragraph key={level}>
            {t(`circle.access.sentence.${level}`, { name: member.name, categories: joinNames(cats.map((c) => t(`circle.categoryInSentence.${c}`)), locale) })}
          </Paragraph>
        );
      })}
    </>
  );
}
