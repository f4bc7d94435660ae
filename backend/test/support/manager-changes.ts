import { expect } from '@jest/globals';
import type request from 'supertest';
import { MANAGER } from './dev-identity.js';
import type { ApiClient, ManagerAuth } from './onboarding.js';

/** A second manager, as the test-only identity headers name one: the checker of the suites' changes. */
export const CHECKER = { 'x-dev-staff-role': 'MANAGER', 'x-dev-staff-id': 'dev-checker' } as const;

/**
 * A change made the way the bank makes it: one manager submits the change request, another checks
 * the difference and approves it; answers the applied request. Needs a worker on the app's queue;
 * where the test-only identity headers are refused (development), both managers must be sessions.
 */
export async function checkedChange(
  api: ApiClient,
  change: { type: string; [field: string]: unknown },
  maker: ManagerAuth = { http: () => api.http(), headers: MANAGER },
  checker: ManagerAuth = { http: () => api.http(), headers: CHECKER },
): Promise<request.Response['body']> {
  const submitted = await maker
    .http()
    .post('/api/manager/change-requests')
    .set(maker.headers)
    .send({ change });
  expect(submitted.status).toBe(201);
  if (submitted.body.status === 'APPLIED') return submitted.body;
  const approved = await checker
    .http()
    .post(`/api/manager/change-requests/${submitted.body.id as string}/approval`)
    .set(checker.headers)
    .send({ reviewToken: submitted.body.reviewToken });
  expect(approved.body).toMatchObject({ status: 'APPLIED' });
  return approved.body;
}

/**
 * A checked change whose applying made something the maker hands to the client (a card, a log-in,
 * a registration user ID): the maker opens the sealed envelope `name`, once, and gets its contents.
 */
export async function handedOver(
  api: ApiClient,
  change: { type: string; [field: string]: unknown },
  name: string,
  maker: ManagerAuth = { http: () => api.http(), headers: MANAGER },
  checker?: ManagerAuth,
): Promise<request.Response['body']> {
  const applied = await checkedChange(api, change, maker, checker);
  const opened = await maker
    .http()
    .post(`/api/manager/change-requests/${applied.id as string}/envelopes/${name}`)
    .set(maker.headers);
  expect(opened.status).toBe(200);
  return opened.body.contents;
}
