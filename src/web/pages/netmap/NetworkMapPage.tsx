import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { DuplicatesSection } from './DuplicatesSection';
import { EcoMap } from './EcoMap';
import { Legend } from './Legend';
import { MapTable } from './MapTable';
import { MembersSection } from './MembersSection';
import { netmapApi, netmapPaths } from './paths';
import { useClientName } from './useClientName';
import type { MapView, PersonView } from './types';
import './netmap.css';

const ZOOMS = [1, 1.5, 2, 3] as const;

function EmptyMap({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="netmap-empty-title" className="samenspel-section netmap-empty">
      <Heading level={2} id="netmap-empty-title">
        {t('netmap.empty.title')}
      </Heading>
      <Paragraph>{t('netmap.empty.body')}</Paragraph>
      <ul className="samenspel-link-list">
        {canEdit ? (
          <li>
            <AppLink to={netmapPaths.newPerson(clientId)}>{t('netmap.empty.add')}</AppLink>
          </li>
        ) : null}
        <li>
          <AppLink to={netmapPaths.intake(clientId)}>{t('netmap.empty.intake')}</AppLink>
        </li>
      </ul>
    </section>
  );
}

/** The network map of one client: drawing or table, legend, and what to do next. */
export function NetworkMapPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const arrived = (location.state as { message?: unknown } | null)?.message;
  const warning = (location.state as { warning?: unknown } | null)?.warning;
  const { name } = useClientName(id);
  const map = useApi<MapView>(netmapApi.map(id));
  const [view, setView] = useState<'map' | 'table'>('map');
  const [zoom, setZoom] = useState(0);
  const [notice, setNotice] = useState<string | null>(typeof arrived === 'string' ? arrived : null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<{ from: MapView; persons: PersonView[] } | null>(null);

  const m = map.data;
  // Positions saved from the map replace their person in place; a reload starts fresh.
  const persons = m && local?.from === m ? local.persons : (m?.persons ?? []);

  const onMove = async (p: PersonView, posX: number, posY: number) => {
    if (!m) return;
    try {
      const saved = await api.put<PersonView>(`${netmapApi.person(id, p.id)}/position`, { posX, posY, version: p.version });
      setLocal((cur) => ({ from: m, persons: (cur?.from === m ? cur.persons : m.persons).map((x) => (x.id === saved.id ? saved : x)) }));
    } catch (e) {
      setAnnouncement(t('netmap.map.moveFailed'));
      if (e instanceof ApiError && e.status !== 409) setError(e);
      map.reload();
    }
  };

  const reset = async () => {
    try {
      await api.post(`${netmapApi.map(id)}/layout/reset`);
      setNotice(t('netmap.actions.resetDone'));
      map.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  };

  const print = () => {
    setView('map');
    // Let the map render before the print dialog takes its picture.
    window.setTimeout(() => window.print(), 50);
  };

  const title = t('netmap.title', { name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="netmap-print-heading">{t('netmap.print.heading', { name, date: formatDate(new Date().toISOString(), locale) })}</p>
      {notice ? <SuccessAlert focus>{notice}</SuccessAlert> : null}
      {typeof warning === 'string' ? (
        <Alert type="warning">
          <Paragraph>{warning}</Paragraph>
        </Alert>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
      <div role="status" aria-live="polite" className="samenspel-visually-hidden">
        {announcement}
      </div>
      {map.error ? (
        <>
          <ProblemAlert error={map.error} />
          {map.error.status === 403 ? <Paragraph>{t('netmap.noAccess')}</Paragraph> : null}
        </>
      ) : !m ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph className="samenspel-no-print">{t('netmap.intro', { name })}</Paragraph>
          {!m.canEdit ? <Paragraph className="samenspel-no-print">{t('netmap.readOnly')}</Paragraph> : null}
          <nav aria-label={t('netmap.titleUnknown')} className="samenspel-no-print">
            <ul className="samenspel-link-list netmap-links">
              <li>
                <AppLink to={netmapPaths.genogram(id)}>{t('netmap.actions.genogram')}</AppLink>
              </li>
              <li>
                <AppLink to={netmapPaths.snapshots(id)}>{t('netmap.actions.snapshots')}</AppLink>
              </li>
              <li>
                <AppLink to={netmapPaths.intake(id)}>{t('netmap.actions.intake')}</AppLink>
              </li>
              <li>
                <AppLink to={netmapPaths.analysis(id)}>{t('netmap.actions.analysis')}</AppLink>
              </li>
            </ul>
          </nav>
          {persons.length === 0 ? (
            <EmptyMap clientId={id} canEdit={m.canEdit} />
          ) : (
            <>
              <div className="netmap-toolbar samenspel-no-print">
                <div role="group" aria-label={t('netmap.view.legend')} className="netmap-toggle">
                  <Button appearance={view === 'map' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={view === 'map'} onClick={() => setView('map')}>
                    {t('netmap.view.map')}
                  </Button>
                  <Button appearance={view === 'table' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={view === 'table'} onClick={() => setView('table')}>
                    {t('netmap.view.table')}
                  </Button>
                </div>
                {view === 'map' ? (
                  <div role="group" aria-label={t('netmap.zoom.label')} className="netmap-toggle">
                    <Button appearance="subtle-button" disabled={zoom === 0} onClick={() => setZoom((z) => Math.max(0, z - 1))}>
                      {t('netmap.zoom.out')}
                    </Button>
                    <Button appearance="subtle-button" disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}>
                      {t('netmap.zoom.in')}
                    </Button>
                  </div>
                ) : null}
              </div>
              {view === 'map' ? (
                <div className="netmap-view-map">
                  <Paragraph id="netmap-keyboard-help" small className="samenspel-no-print">
                    {t('netmap.map.keyboardHelp')} {persons.length > 40 ? t('netmap.map.manyPeople') : null} <span className="netmap-phone-hint">{t('netmap.zoom.hint')}</span>
                  </Paragraph>
                  <div className="netmap-canvas">
                    <div className="netmap-canvas__inner" style={{ width: `${(ZOOMS[zoom] ?? 1) * 100}%` }}>
                      <EcoMap
                        persons={persons}
                        clientName={name}
                        canEdit={m.canEdit}
                        onOpen={(pid) => void navigate(netmapPaths.person(id, pid))}
                        onMove={onMove}
                        onAnnounce={setAnnouncement}
                      />
                    </div>
                  </div>
                  <Legend />
                </div>
              ) : (
                <MapTable clientId={id} persons={persons} />
              )}
              <ButtonGroup className="samenspel-no-print netmap-actions">
                {m.canEdit ? (
                  <Button appearance="primary-action-button" onClick={() => void navigate(netmapPaths.newPerson(id))}>
                    {t('netmap.actions.add')}
                  </Button>
                ) : null}
                <Button appearance="secondary-action-button" onClick={print}>
                  {t('netmap.actions.print')}
                </Button>
                {m.canEdit && persons.some((p) => p.posX !== null) ? (
                  <Button appearance="subtle-button" onClick={() => void reset()}>
                    {t('netmap.actions.reset')}
                  </Button>
                ) : null}
              </ButtonGroup>
            </>
          )}
          <DuplicatesSection
            clientId={id}
            map={m}
            onMerged={() => {
              setNotice(t('netmap.duplicates.merged'));
              map.reload();
            }}
          />
          {m.canEdit ? (
            <MembersSection
              clientId={id}
              members={m.membersNotOnMap}
              onPlaced={(p) => {
                setNotice(t('netmap.circle.placed', { name: p.displayName }));
                map.reload();
              }}
            />
          ) : null}
        </>
      )}
      <Paragraph className="samenspel-no-print">
        <AppLink to={`/clienten/${encodeURIComponent(id)}`}>{t('netmap.actions.backToClient', { name })}</AppLink>
      </Paragraph>
    </>
  );
}
