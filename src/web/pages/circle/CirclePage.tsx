import '../../styles/circle.css';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { CircleView, MyAccess } from '../../api/circle-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useUser } from '../../session/useSession';
import { LevelLegend } from './AccessMarker';
import { AccessMatrix } from './AccessMatrix';
import { CategoryView } from './CategoryView';
import { CircleOverview } from './CircleOverview';
import { memberGroups, ruleSentences } from './circleText';
import { useLocale } from '../../i18n/useLocale';
import { MyAccessContent } from './MyAccessContent';
import { circleApi, clientPagePath, historyPagePath, invitePagePath, myAccessApi, myAccessPagePath } from './paths';
import { PendingDecisions } from './PendingDecisions';
import { RegisseurPanel } from './RegisseurPanel';

type Mode = 'people' | 'category';

/** /clienten/:id/kring — who is in the circle, who decides, what each may see, proposals waiting. */
export function CirclePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state as { message?: unknown } | null)?.message;
  const circle = useApi<CircleView>(circleApi(id));
  // After a confirmation the API answers with the new circle; it is shown until the next load.
  const [latest, setLatest] = useState<{ round: CircleView | undefined; view: CircleView } | null>(null);
  const [message, setMessage] = useState<string | null>(typeof arrived === 'string' ? arrived : null);
  const view = latest && latest.round === circle.data ? latest.view : circle.data;
  const denied = circle.error?.status === 403;
  const mine = useApi<MyAccess>(denied ? myAccessApi(id) : null);

  const changed = (next: CircleView | null, text: string) => {
    setMessage(text);
    if (next) setLatest({ round: circle.data, view: next });
    else circle.reload();
  };
  const reloadWith = (text: string) => {
    setMessage(text);
    circle.reload();
  };

  const title = view
    ? view.me.relation === 'self'
      ? t('circle.titleOwn')
      : t('circle.title', { name: view.client.firstName })
    : mine.data
      ? mine.data.clientName
        ? t('circle.title', { name: mine.data.clientName })
        : t('circle.titleUnknown')
      : circle.error && [400, 404].includes(circle.error.status)
        ? t('circle.notFound')
        : t('circle.loadingTitle');

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {denied ? (
        <DeniedCircle access={mine.data} error={mine.error} clientId={id} />
      ) : circle.error ? (
        <ProblemAlert error={circle.error} />
      ) : !view ? (
        <LoadingMessage />
      ) : (
        <CircleContent view={view} onChanged={changed} onReload={reloadWith} />
      )}
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}

/** The circle is not for this viewer (no 'netwerk' access): show what they themselves may see. */
function DeniedCircle({ access, error, clientId }: { access: MyAccess | undefined; error: ApiError | undefined; clientId: string }) {
  const { t } = useTranslation();
  if (error) return <ProblemAlert error={error} />;
  if (!access) return <LoadingMessage />;
  return (
    <>
      <Paragraph>{t('circle.denied', { name: access.clientName ?? t('circle.someone') })}</Paragraph>
      <section aria-labelledby="circle-mine" className="samenspel-section">
        <Heading level={2} id="circle-mine">
          {t('circle.mine.title')}
        </Heading>
        <MyAccessContent access={access} />
      </section>
      {access.relation === 'professional' && access.cells.basis === 'contribute' ? (
        <section aria-labelledby="circle-denied-invite" className="samenspel-section">
          <Heading level={2} id="circle-denied-invite">
            {t('circle.links.invite')}
          </Heading>
          <Paragraph>{t('circle.deniedInvite')}</Paragraph>
          <Paragraph>
            <AppLink to={invitePagePath(clientId)}>{t('circle.links.invite')}</AppLink>
          </Paragraph>
        </section>
      ) : null}
      <Paragraph>
        <AppLink to={myAccessPagePath(clientId)}>{t('circle.mine.more')}</AppLink>
      </Paragraph>
      {access.cells.basis !== 'none' && access.clientName ? (
        <Paragraph>
          <AppLink to={clientPagePath(clientId)}>{t('circle.links.client', { name: access.clientName })}</AppLink>
        </Paragraph>
      ) : null}
    </>
  );
}

function CircleContent({ view, onChanged, onReload }: { view: CircleView; onChanged: (v: CircleView | null, m: string) => void; onReload: (m: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const [mode, setMode] = useState<Mode>('people');
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const clientId = view.client.id;
  const own = view.me.relation === 'self';
  const decides = view.me.decidesAs !== null;
  const professional = view.me.relation === 'professional';
  const mayInvite = own || view.me.relation === 'vertegenwoordiger' || professional;
  const groups = memberGroups(view.members);

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const next = await api.post<CircleView>(circleApi(clientId));
      onChanged(next, t('circle.started'));
    } catch (e) {
      setStartError(e instanceof ApiError ? e : null);
    } finally {
      setStarting(false);
    }
  };

  return (
    <>
      <Paragraph lead>{own ? t('circle.introOwn') : t('circle.intro', { name: view.client.firstName })}</Paragraph>
      {view.circle === null ? (
        <section aria-labelledby="circle-start" className="samenspel-section">
          <Heading level={2} id="circle-start">
            {t('circle.notStartedTitle')}
          </Heading>
          <Paragraph>{t('circle.notStarted')}</Paragraph>
          {startError ? <ProblemAlert error={startError} /> : null}
          {own || decides || professional ? (
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={starting} onClick={() => void start()}>
                {t('circle.start')}
              </Button>
            </ButtonGroup>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="circle-rule" className="samenspel-section">
        <Heading level={2} id="circle-rule">
          {t('circle.rule.title')}
        </Heading>
        {ruleSentences(view, t, locale).map((s) => (
          <Paragraph key={s}>{s}</Paragraph>
        ))}
        {professional && !decides ? <Paragraph>{t('circle.rule.professional')}</Paragraph> : null}
      </section>

      {view.pending.length > 0 ? <PendingDecisions view={view} onChanged={onChanged} /> : null}

      <section aria-labelledby="circle-members" className="samenspel-section">
        <Heading level={2} id="circle-members">
          {t('circle.members.title')}
        </Heading>
        <div className="circle-switch" role="group" aria-label={t('circle.switch.label')}>
          <Button appearance={mode === 'people' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={mode === 'people'} onClick={() => setMode('people')}>
            {t('circle.switch.people')}
          </Button>
          <Button
            appearance={mode === 'category' ? 'primary-action-button' : 'secondary-action-button'}
            aria-pressed={mode === 'category'}
            onClick={() => setMode('category')}
          >
            {own ? t('circle.switch.categoryOwn') : t('circle.switch.category')}
          </Button>
        </div>
        {view.members.length === 0 ? (
          <Paragraph>{t('circle.members.empty')}</Paragraph>
        ) : mode === 'category' ? (
          <CategoryView view={view} />
        ) : (
          <>
            <CircleOverview view={view} />
            <LevelLegend />
            {groups.map((g) => (
              <div key={g.relation} className="circle-group">
                <Heading level={3} id={`circle-group-${g.relation}`}>
                  {t(`circle.group.${g.relation}`)}
                </Heading>
                <AccessMatrix clientId={clientId} members={g.members} labelledBy={`circle-group-${g.relation}`} myUserId={user?.id ?? null} />
              </div>
            ))}
          </>
        )}
      </section>

      <RegisseurPanel view={view} onSaved={onReload} />

      <section aria-labelledby="circle-more" className="samenspel-section">
        <Heading level={2} id="circle-more">
          {t('circle.links.title')}
        </Heading>
        <ul className="samenspel-link-list">
          <li>
            <AppLink to={historyPagePath(clientId)}>{t('circle.links.history')}</AppLink>
          </li>
          {mayInvite ? (
            <li>
              <AppLink to={invitePagePath(clientId)}>{t('circle.links.invite')}</AppLink>
            </li>
          ) : null}
          {view.me.linkId ? (
            <li>
              <AppLink to={myAccessPagePath(clientId)}>{t('circle.whatCanISee')}</AppLink>
            </li>
          ) : null}
          <li>
            <AppLink to={clientPagePath(clientId)}>{own ? t('circle.links.ownDetails') : t('circle.links.client', { name: view.client.firstName })}</AppLink>
          </li>
        </ul>
      </section>
    </>
  );
}
