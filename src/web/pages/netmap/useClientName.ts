import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../api/types';
import { useApi } from '../../api/useApi';
import { netmapApi } from './paths';

/**
 * The client's first name for titles. The map is 'netwerk' data and the name is 'basis': someone who
 * may see the map but not the basis gets "de cliënt" instead.
 */
export function useClientName(clientId: string): { name: string; known: boolean } {
  const { t } = useTranslation();
  const client = useApi<ClientDetail>(netmapApi.client(clientId));
  return client.data ? { name: client.data.firstName, known: true } : { name: t('netmap.theClient'), known: false };
}
