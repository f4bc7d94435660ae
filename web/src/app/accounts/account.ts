import type { components } from '../core/http/api-types.generated';

/** An account with its balance (GET /api/accounts); money as integer tiyn and exact decimals. */
export type AccountView = components['schemas']['AccountView'];
