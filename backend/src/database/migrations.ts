import { Initial1795299679956 } from './migrations/1795299679956-initial.js';

/** Every migration in order. `npm run migration:generate -- backend/src/database/migrations/<name>` adds one. */
export const migrations = [Initial1795299679956];
