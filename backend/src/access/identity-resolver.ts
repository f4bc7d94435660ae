import type { Request } from 'express';
import type { Identity } from './identity.js';

/** Establishes who is calling: SessionIdentityResolver, from the session cookie. */
export abstract class IdentityResolver {
  abstract resolve(request: Request): Promise<Identity | undefined>;
}
