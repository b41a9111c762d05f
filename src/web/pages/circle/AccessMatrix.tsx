import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CircleMember } from '../../api/circle-types';
import { AppLink } from '../../components/AppLink';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { LevelMarker } from './AccessMarker';
import { CATEGORIES, endDateOf } from './circleText';
import { memberPagePath, myAccessPagePath } from './paths';

interface Props {
  clientId: string;
  members: CircleMember[];
  /** Id of the heading that names this table. */
  labelledBy: string;
  /** The viewer's own user id: their row links to "what can I see". */
  myUserId: string | null;
}

/**
 * Who may see what: people as rows, the eight kinds of information as columns, a picture per cell.
 * On a phone each row becomes a card (see circle.css); the explicit roles keep it a table for
 * screen readers when the CSS changes how it is displayed.
 */
export function AccessMatrix({ clientId, members, labelledBy, myUserId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table className="circle-matrix" aria-labelledby={labelledBy} role="table">
      <TableHeader role="rowgroup">
        <TableRow role="row">
          <TableHeaderCell scope="col" role="columnheader">
            {t('circle.matrix.person')}
          </TableHeaderCell>
          {CATEGORIES.map((c) => (
            <TableHeaderCell key={c} scope="col" role="columnheader" className="circle-matrix__category">
              {t(`circle.categoryShort.${c}`)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col" role="columnheader" className="circle-matrix__more-header">
            {t('circle.matrix.details')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody role="rowgroup">
        {members.map((m) => {
          const mine = m.userId === myUserId;
          return (
            <TableRow key={m.linkId} role="row" className="circle-matrix__row">
              <TableHeaderCell scope="row" role="rowheader" className="circle-matrix__who">
                <span className="circle-matrix__name">{mine ? t('circle.matrix.nameYou', { name: m.name }) : m.name}</span>
                {m.label || m.organisationName ? (
                  <span className="circle-matrix__meta">{[m.label, m.organisationName].filter(Boolean).join(', ')}</span>
                ) : null}
                {m.decides || m.isRegisseur || m.expiresAt ? (
                  <span className="circle-matrix__badges">
                    {m.decides ? <span className="circle-badge">{t('circle.badge.decides')}</span> : null}
                    {m.isRegisseur ? <span className="circle-badge">{t('circle.badge.regisseur')}</span> : null}
                    {m.expiresAt ? (
                      <span className="circle-badge circle-badge--time">{t('circle.badge.until', { date: formatCalendarDate(endDateOf(m.expiresAt), locale) })}</span>
                    ) : null}
                  </span>
                ) : null}
              </TableHeaderCell>
              {CATEGORIES.map((c) => (
                <TableCell key={c} role="cell" className={`circle-matrix__cell circle-matrix__cell--${m.cells[c]}`}>
                  <span className="circle-matrix__label" aria-hidden="true">
                    {t(`circle.categoryShort.${c}`)}
                  </span>
                  <LevelMarker level={m.cells[c]} />
                </TableCell>
              ))}
              <TableCell role="cell" className="circle-matrix__more">
                {mine ? (
                  <AppLink to={myAccessPagePath(clientId)}>{t('circle.whatCanISee')}</AppLink>
                ) : (
                  <AppLink to={memberPagePath(clientId, m.linkId)}>{t('circle.whatCanSee', { name: m.name })}</AppLink>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
