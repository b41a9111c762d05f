const c = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/netwerk`;

export const netmapPaths = {
  map: c,
  newPerson: (clientId: string) => `${c(clientId)}/persoon/nieuw`,
  person: (clientId: string, personId: string) => `${c(clientId)}/persoon/${encodeURIComponent(personId)}`,
  genogram: (clientId: string) => `${c(clientId)}/genogram`,
  snapshots: (clientId: string) => `${c(clientId)}/momenten`,
  changes: (clientId: string, from: string, to?: string) => `${c(clientId)}/veranderingen?van=${encodeURIComponent(from)}${to ? `&tot=${encodeURIComponent(to)}` : ''}`,
  // Pages of the network intake and analysis (built by that work); linked from here.
  intake: (clientId: string) => `${c(clientId)}/intake`,
  analysis: (clientId: string) => `${c(clientId)}/analyse`,
};

export const netmapApi = {
  map: (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network`,
  persons: (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/persons`,
  person: (clientId: string, personId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/persons/${encodeURIComponent(personId)}`,
  family: (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/family`,
  member: (clientId: string, linkId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/members/${encodeURIComponent(linkId)}`,
  snapshots: (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/snapshots`,
  changes: (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/changes`,
  client: (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`,
};
