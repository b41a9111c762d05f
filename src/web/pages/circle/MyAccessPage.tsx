import '../../styles/circle.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MyAccess } from '../../api/circle-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MyAccessContent } from './MyAccessContent';
import { circlePagePath, clientPagePath, myAccessApi } from './paths';
import { RemoveMember } from './RemoveMember';

/** /clienten/:id/mijn-toegang — what I, as a member of the circle, may see of this person; and leaving. */
export function MyAccessPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mine = useApi<MyAccess>(myAccessApi(id));
  const a = mine.data;
  const full = !!a && (a.relation === 'self' || a.decidesAs !== null);
  const title = a
    ? a.relation === 'self'
      ? t('circle.mine.titleSelf')
      : a.clientName
        ? t('circle.mine.pageTitle', { name: a.clientName })
        : t('circle.mine.pageTitleUnknown')
    : mine.error && [400, 404].includes(mine.error.status)
      ? t('circle.notFound')
      : t('circle.mine.loadingTitle');

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {mine.error ? <ProblemAlert error={mine.error} /> : !a ? <LoadingMessage /> : <MyAccessContent access={a} />}
      <ul className="samenspel-link-list">
        {a && (full || a.cells.basis !== 'none') ? (
          <li>
            <AppLink to={clientPagePath(id)}>
              {a.relation === 'self' ? t('circle.links.ownDetails') : t('circle.links.client', { name: a.clientName ?? t('circle.someone') })}
            </AppLink>
          </li>
        ) : null}
        {a && (full || a.cells.netwerk !== 'none') ? (
          <li>
            <AppLink to={circlePagePath(id)}>{a.relation === 'self' ? t('circle.titleOwn') : t('circle.links.circle')}</AppLink>
          </li>
        ) : null}
        <li>
          <AppLink to="/">{t('common.backHome')}</AppLink>
        </li>
      </ul>
      {a && a.linkId && a.version !== null ? (
        <RemoveMember clientId={id} clientName={a.clientName ? (a.clientName.split(' ')[0] ?? a.clientName) : null} member={null} version={a.version} onStale={() => mine.reload()} />
      ) : null}
    </>
  );
}
