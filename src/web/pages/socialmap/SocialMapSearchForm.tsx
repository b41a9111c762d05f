import { Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS } from '../../api/socialmap-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Municipality } from './ownerTypes';
import { isAge, NO_FILTERS, type SocialMapFilters } from './socialMapText';

interface Props {
  /** The search in the URL; the form follows it when it changes (back button, "wissen"). */
  current: SocialMapFilters;
  onSearch: (filters: SocialMapFilters) => void;
}

const same = (a: SocialMapFilters, b: SocialMapFilters) => JSON.stringify(a) === JSON.stringify(b);

/** Words, need, kind, age, area, cost and "open today". Nothing is searched until "Zoeken". */
export function SocialMapSearchForm({ current, onSearch }: Props) {
  const { t } = useTranslation();
  const municipalities = useApi<Municipality[]>('/api/social-map/municipalities').data ?? [];
  const [filters, setFilters] = useState(current);
  const [shown, setShown] = useState(current);
  const [ageError, setAgeError] = useState<string | undefined>(undefined);
  // The URL changed from outside the form: show that search (adjusting state while rendering, no effect).
  if (!same(shown, current)) {
    setShown(current);
    setFilters(current);
    setAgeError(undefined);
  }
  const set = (key: Exclude<keyof SocialMapFilters, 'openToday'>) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const age = filters.age.trim();
    if (age !== '' && !isAge(age)) {
      setAgeError(t('socialMap.search.ageInvalid'));
      document.getElementById('socialmap-age')?.focus();
      return;
    }
    setAgeError(undefined);
    onSearch({ ...filters, age: age === '' ? '' : String(Number(age)) });
  };

  const filtered = !same(current, NO_FILTERS);
  return (
    <form noValidate role="search" aria-labelledby="socialmap-search-legend" onSubmit={onSubmit} className="samenspel-form samenspel-search socialmap-search">
      <Fieldset>
        <FieldsetLegend id="socialmap-search-legend">{t('socialMap.search.legend')}</FieldsetLegend>
        <TextField
          id="socialmap-q"
          type="search"
          label={t('socialMap.search.q')}
          description={t('socialMap.search.qHint')}
          value={filters.q}
          onChange={set('q')}
          maxLength={200}
          autoComplete="off"
        />
        <div className="socialmap-search__grid">
          <SelectField
            id="socialmap-need"
            label={t('socialMap.search.need')}
            value={filters.need}
            onChange={set('need')}
            options={[{ value: '', label: t('socialMap.search.anyNeed') }, ...OFFER_NEEDS.map((n) => ({ value: n, label: t(`socialMap.need.${n}`) }))]}
          />
          <SelectField
            id="socialmap-kind"
            label={t('socialMap.search.kind')}
            value={filters.kind}
            onChange={set('kind')}
            options={[{ value: '', label: t('socialMap.search.anyKind') }, ...OFFER_KINDS.map((k) => ({ value: k, label: t(`socialMap.kind.${k}`) }))]}
          />
          <TextField
            id="socialmap-age"
            label={t('socialMap.search.age')}
            description={t('socialMap.search.ageHint')}
            value={filters.age}
            onChange={set('age')}
            error={ageError}
            inputMode="numeric"
            maxLength={3}
            autoComplete="off"
          />
          <SelectField
            id="socialmap-area"
            label={t('socialMap.search.area')}
            value={filters.municipalityId}
            onChange={set('municipalityId')}
            options={[{ value: '', label: t('socialMap.search.anyArea') }, ...municipalities.map((m) => ({ value: m.id, label: m.name }))]}
          />
          <SelectField
            id="socialmap-cost"
            label={t('socialMap.search.cost')}
            value={filters.cost}
            onChange={set('cost')}
            options={[{ value: '', label: t('socialMap.search.anyCost') }, ...OFFER_COSTS.map((c) => ({ value: c, label: t(`socialMap.cost.${c}`) }))]}
          />
        </div>
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox
              id="socialmap-open-today"
              name="openToday"
              checked={filters.openToday}
              onChange={(e) => setFilters((f) => ({ ...f, openToday: e.target.checked }))}
            />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor="socialmap-open-today" type="checkbox">
              {t('socialMap.search.openToday')}
            </FormLabel>
          </div>
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('socialMap.search.submit')}
          </Button>
          {filtered ? <AppLink to="/sociale-kaart">{t('socialMap.search.clear')}</AppLink> : null}
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
