import type { Request } from 'express';
import type { Identity } from './identity.js';

/**
 * Establishes who is calling. The document engine ships with the development resolver (identity
 * in request headers, development and test only); the log-in work replaces it with sessions.
 */
export abstract class IdentityResolver {
  abstract resolve(request: Request): Promise<Identity | undefined>;
}
