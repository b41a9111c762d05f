import { DataList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types';
import { useApi } from '../../api/useApi';
import { DataRow } from '../../components/DataRow';
import { SelectField } from '../../components/SelectField';
import { useUser } from '../../session/useSession';
import { isAdmin } from './ownerTypes';

interface Props {
  id: string;
  value: string;
  onChange: (organisationId: string) => void;
  error?: string | undefined;
  /** Name to show when the entry belongs to another organisation than the user's (administrator, editing). */
  currentName?: string;
}

/**
 * Staff enter entries for their own organisation, so they only see its name. The administrator
 * keeps the whole region's map and chooses.
 */
export function OrganisationField({ id, value, onChange, error, currentName }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const admin = isAdmin(user);
  const organisations = useApi<Organisation[]>(admin ? '/api/admin/organisations' : null);
  if (!admin) {
    return (
      <DataList className="samenspel-datalist">
        <DataRow label={t('socialMapOwner.form.organisation')}>{currentName ?? user?.organisationName ?? ''}</DataRow>
      </DataList>
    );
  }
  const options = (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (organisations.data && options.length === 0) return <Paragraph>{t('socialMapOwner.form.noOrganisations')}</Paragraph>;
  return (
    <SelectField
      id={id}
      label={t('socialMapOwner.form.organisation')}
      value={value}
      onChange={onChange}
      error={error}
      required
      options={[{ value: '', label: t('socialMapOwner.form.chooseOrganisation') }, ...options]}
    />
  );
}
