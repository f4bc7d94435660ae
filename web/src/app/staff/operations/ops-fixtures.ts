import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StaffPrincipal } from '../../core/auth/session';
import { SessionStore } from '../../core/auth/session.store';
import type { OpsProcess, OpsProcessDetail, OpsRequest, PendingActivity } from './ops-api';

// Test data of the operations console's specs, in the API's shapes.

export const PROCESS_ID = '00000000-0000-4000-8000-0000000000aa';

/** A member of the operations staff logged in, as a page reload finds them. */
export async function signInStaff(http: HttpTestingController, role: StaffPrincipal['role']): Promise<void> {
  const loading = TestBed.inject(SessionStore).ensureLoaded();
  http.expectOne('/api/auth/session').flush({
    principal: { kind: 'STAFF', staffId: 'staff-9', fullName: 'Олжас Оператор', role },
    passwordChangeRequired: false,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00Z',
  });
  await loading;
}

/** A payment the bank keeps failing: signed, waiting on the system. */
export function aProcess(overrides: Partial<OpsProcess> = {}): OpsProcess {
  return {
    id: PROCESS_ID,
    workflowId: `document-${PROCESS_ID}`,
    type: 'payment',
    kind: 'TENGE_PAYMENT',
    organization: { id: 'org-1', name: 'ТОО «Демо Сауда»', binIin: '940140000385' },
    status: 'SIGNED',
    title: 'No. 501 · ТОО «Контрагент»',
    awaiting: 'SYSTEM',
    createdAt: '2026-12-04T10:00:00Z',
    updatedAt: '2026-12-04T10:01:00Z',
    ...overrides,
  };
}

export function aFailingActivity(overrides: Partial<PendingActivity> = {}): PendingActivity {
  return {
    activityId: '7',
    activityType: 'submitToBank',
    state: 'SCHEDULED',
    attempt: 4,
    maximumAttempts: 0,
    lastFailure: 'the bank is unavailable (simulated outage: core maintenance)',
    lastAttemptAt: '2026-12-04T10:01:07Z',
    nextAttemptAt: '2026-12-04T10:01:15Z',
    ...overrides,
  };
}

export function aDetail(overrides: Partial<OpsProcessDetail> = {}): OpsProcessDetail {
  return {
    ...aProcess(),
    timeline: [
      { at: '2026-12-04T10:00:00Z', source: 'PROCESS', event: 'CREATED', status: 'DRAFT' },
      {
        at: '2026-12-04T10:01:00Z',
        source: 'PROCESS',
        event: 'SIGNED',
        status: 'SIGNED',
        actor: { userId: 'user-1', name: 'Айгерім Бекова', channel: 'STANDARD' } as never,
      },
    ],
    temporal: {
      status: 'RUNNING',
      runId: 'run-1',
      historyLength: 12,
      activities: [aFailingActivity()],
      history: [
        { eventId: 1, at: '2026-12-04T10:00:00Z', kind: 'STARTED' },
        { eventId: 9, at: '2026-12-04T10:01:00Z', kind: 'ACTIVITY_SCHEDULED', name: 'submitToBank' },
        {
          eventId: 10,
          at: '2026-12-04T10:01:07Z',
          kind: 'ACTIVITY_FAILED',
          name: 'submitToBank',
          attempt: 4,
          failure: 'the bank is unavailable (simulated outage: core maintenance)',
        },
      ],
      uiUrl: `http://127.0.0.1:8233/namespaces/default/workflows/document-${PROCESS_ID}`,
    },
    ...overrides,
  };
}

export const REQUEST_ID = '00000000-0000-4000-8000-0000000000cc';

/** An operator's request to cancel the payment, waiting for a second operator. */
export function aRequest(overrides: Partial<OpsRequest> = {}): OpsRequest {
  return {
    id: REQUEST_ID,
    type: 'CANCEL_PROCESS',
    status: 'PENDING_CHECK',
    organizationId: 'org-1',
    organizationName: 'ТОО «Демо Сауда»',
    summary: 'No. 501 · ТОО «Контрагент»',
    maker: { staffId: 'staff-7', name: 'Ержан Оператор' },
    checker: null,
    exempt: false,
    submittedAt: '2026-12-04T10:05:00Z',
    expiresAt: '2026-12-07T10:05:00Z',
    decidedAt: null,
    revision: 1,
    change: { type: 'CANCEL_PROCESS', processId: PROCESS_ID, reason: 'The client asked by phone' },
    differences: [
      { field: 'status', before: 'AWAITING_SIGNATURES', after: 'CANCELLED' },
      { field: 'reason', before: null, after: 'The client asked by phone' },
    ],
    reviewToken: 'token-1',
    mayCheck: true,
    rejectionReason: null,
    failure: null,
    outcome: null,
    envelopes: [],
    timeline: [
      {
        seq: 1,
        event: 'SUBMITTED',
        status: 'PENDING_CHECK',
        at: '2026-12-04T10:05:00Z',
        actor: { staffId: 'staff-7', name: 'Ержан Оператор' },
      },
    ],
    ...overrides,
  };
}
