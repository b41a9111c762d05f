import type { ColumnType, Generated } from 'kysely';

export const CLIENT_RELATIONS = ['vertegenwoordiger', 'naaste', 'vrijwilliger', 'professional'] as const;
export type ClientRelation = (typeof CLIENT_RELATIONS)[number];

export interface ClientsTable {
  id: Generated<string>;
  region_id: string;
  municipality_id: string | null;
  user_id: string | null;
  first_name: string;
  last_name: string;
  /** ISO date (yyyy-mm-dd); parsed as text by both drivers so no time zone shifts the day. */
  birth_date: ColumnType<string, string, string>;
  street: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  story: string | null;
  decision_capacity: Generated<'able' | 'unable'>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ClientLinksTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  user_id: string;
  relation: ClientRelation;
  label: string | null;
  version: Generated<number>;
  added_by: string | null;
  created_at: Generated<Date>;
}

export interface ClientsTables {
  clients: ClientsTable;
  client_links: ClientLinksTable;
}
