/** Addresses of the plan pages and of the plan API, with the ids encoded. */
const enc = encodeURIComponent;

export const planPagePath = (clientId: string) => `/clienten/${enc(clientId)}/plan`;
export const MY_TASKS_PATH = '/mijn-taken';

/** The other plan pages and the client's agenda and logbook, linked from the plan page. */
export const planSubPages = (clientId: string) =>
  [
    { key: 'evaluations', to: `${planPagePath(clientId)}/evaluaties` },
    { key: 'crisis', to: `${planPagePath(clientId)}/crisis` },
    { key: 'continuity', to: `${planPagePath(clientId)}/continuiteit` },
    { key: 'future', to: `${planPagePath(clientId)}/toekomst` },
    { key: 'document', to: `${planPagePath(clientId)}/document` },
    { key: 'agenda', to: `/clienten/${enc(clientId)}/agenda` },
    { key: 'logbook', to: `/clienten/${enc(clientId)}/logboek` },
  ] as const;

export const planApi = (clientId: string) => `/api/clients/${enc(clientId)}/plan`;
export const goalsApi = (clientId: string) => `${planApi(clientId)}/goals`;
export const goalApi = (clientId: string, goalId: string) => `${goalsApi(clientId)}/${enc(goalId)}`;
export const tasksApi = (clientId: string) => `${planApi(clientId)}/tasks`;
export const taskApi = (clientId: string, taskId: string) => `${tasksApi(clientId)}/${enc(taskId)}`;
export const taskResponseApi = (clientId: string, taskId: string) => `${taskApi(clientId, taskId)}/response`;
export const taskStatusApi = (clientId: string, taskId: string) => `${taskApi(clientId, taskId)}/status`;
export const suggestionsApi = (clientId: string) => `${planApi(clientId)}/suggestions`;
export const handoverApi = (clientId: string) => `${planApi(clientId)}/regisseur`;
export const myTasksApi = '/api/me/tasks';

/** A 409's `current` when it is a record with a version (goal or task). */
export function asVersioned<T extends { id: string; version: number }>(current: unknown): T | null {
  if (typeof current !== 'object' || current === null) return null;
  const c = current as { id?: unknown; version?: unknown };
  return typeof c.id === 'string' && typeof c.version === 'number' ? (current as T) : null;
}
