/**
 * SQL for "the organization `o` is connected to the Standard channel": an active user of it has the
 * channel. The tariff depends on it (domain §9), and managers see it with each client.
 */
export const STANDARD_CONNECTED_SQL = `EXISTS (SELECT 1 FROM client_user s
  WHERE s.organization_id = o.id AND s.status = 'ACTIVE' AND 'STANDARD' = ANY (s.channels))`;
