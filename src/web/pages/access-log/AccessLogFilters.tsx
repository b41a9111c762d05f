import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLog } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { CATEGORIES } from './accessLogSentence';

export interface Filters {
  clientId: string;
  actor: string;
  category: string;
}

interface Props {
  /** Whose logs the reader may choose from (a representative may have several) and who accessed them. */
  log: Pick<AccessLog, 'clients' | 'actors'>;
  initial: Filters;
  onApply: (filters: Filters) => void;
}

/** Filter by whose data (if more than one person), by who looked, and by kind of data. */
export function AccessLogFilters({ log, initial, onApply }: Props) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initial);
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filters);
  };
  return (
    <form noValidate onSubmit={onSubmit} className="samenspel-form samenspel-filters">
      <Fieldset>
        <FieldsetLegend>{t('accessLog.filterLegend')}</FieldsetLegend>
        {log.clients.length > 1 ? (
          <SelectField
            id="filter-client"
            label={t('accessLog.filterClient')}
            value={filters.clientId}
            onChange={set('clientId')}
            options={log.clients.map((c) => ({ value: c.id, label: c.name }))}
          />
        ) : null}
        <SelectField
          id="filter-actor"
          label={t('accessLog.filterActor')}
          value={filters.actor}
          onChange={set('actor')}
          options={[{ value: '', label: t('accessLog.everyone') }, ...log.actors.map((a) => ({ value: a.id, label: a.label }))]}
        />
        <SelectField
          id="filter-category"
          label={t('accessLog.filterCategory')}
          value={filters.category}
          onChange={set('category')}
          options={[
            { value: '', label: t('accessLog.allCategories') },
            ...CATEGORIES.map((c) => ({ value: c, label: t(`accessLog.categoryName.${c}`) })),
          ]}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            {t('accessLog.apply')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
