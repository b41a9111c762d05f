/** Addresses of the circle pages and of the circle API, with the ids encoded. */
const enc = encodeURIComponent;

export const clientPagePath = (clientId: string) => `/clienten/${enc(clientId)}`;
export const circlePagePath = (clientId: string) => `/clienten/${enc(clientId)}/kring`;
export const memberPagePath = (clientId: string, linkId: string) => `/clienten/${enc(clientId)}/kring/${enc(linkId)}`;
export const historyPagePath = (clientId: string) => `/clienten/${enc(clientId)}/kring/geschiedenis`;
export const invitePagePath = (clientId: string) => `/clienten/${enc(clientId)}/kring/uitnodigen`;
export const myAccessPagePath = (clientId: string) => `/clienten/${enc(clientId)}/mijn-toegang`;

export const circleApi = (clientId: string) => `/api/circles/${enc(clientId)}`;
export const myAccessApi = (clientId: string) => `/api/circles/${enc(clientId)}/me`;
export const historyApi = (clientId: string) => `/api/circles/${enc(clientId)}/history`;
export const memberAccessApi = (clientId: string, linkId: string) => `/api/circles/${enc(clientId)}/members/${enc(linkId)}/access`;
export const memberApi = (clientId: string, linkId: string, version: number) => `/api/circles/${enc(clientId)}/members/${enc(linkId)}?version=${version}`;
export const decisionApi = (clientId: string, decisionId: string, action: 'confirm' | 'reject') =>
  `/api/circles/${enc(clientId)}/decisions/${enc(decisionId)}/${action}`;
export const regisseurApi = (clientId: string) => `/api/circles/${enc(clientId)}/regisseur`;

/** A 409's `current` when it is a circle view (the API sends the whole circle back). */
export function asCircleView<T extends { members: unknown[] }>(current: unknown): T | null {
  return typeof current === 'object' && current !== null && Array.isArray((current as { members?: unknown }).members) ? (current as T) : null;
}
/** The viewer leaves the circle themself. */
export const leaveApi = (clientId: string, version: number) => `/api/circles/${enc(clientId)}/me?version=${version}`;
