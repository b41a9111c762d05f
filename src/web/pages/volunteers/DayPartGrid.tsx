import { Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DAYS, PARTS } from './types';

/**
 * A week as a grid: days down, morning/afternoon/evening across, one checkbox per day part. Each box
 * has its own label ("dinsdag middag"), so it reads well without seeing the grid.
 */
export function DayPartGrid({ id, caption, value, onChange }: { id: string; caption: string; value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  const toggle = (code: string, on: boolean) => onChange(on ? [...value.filter((v) => v !== code), code] : value.filter((v) => v !== code));
  return (
    <div className="samenspel-table-scroll">
      <Table className="volunteers-grid">
        <caption className="volunteers-grid__caption">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('volunteers.grid.day')}</TableHeaderCell>
            {PARTS.map((p) => (
              <TableHeaderCell key={p} scope="col">
                {t(`volunteers.part.${p}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {DAYS.map((d) => (
            <TableRow key={d}>
              <TableHeaderCell scope="row">{t(`volunteers.day.${d}`)}</TableHeaderCell>
              {PARTS.map((p) => {
                const code = `${d}-${p}`;
                const boxId = `${id}-${code}`;
                return (
                  <TableCell key={p}>
                    <Checkbox id={boxId} name={id} checked={value.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
                    <label htmlFor={boxId} className="samenspel-visually-hidden">
                      {t('volunteers.dayPart', { day: t(`volunteers.day.${d}`), part: t(`volunteers.part.${p}`) })}
                    </label>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
