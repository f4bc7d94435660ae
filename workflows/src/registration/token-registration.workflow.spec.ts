import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { ApplicationFailure, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { cancelledWhileWriting, fakeReadModel, HEARTBEATING_TASKS } from '../../test/held-writes.js';
import type {
  RegistrationCertificate,
  RegistrationState,
} from '../domain/registration/registration-state.js';
import type { RegistrationActivities } from './token-registration.activities.js';
import {
  cancelRegistrationUpdate,
  chooseTokenUpdate,
  confirmPasswordSetUpdate,
  confirmWrittenUpdate,
  registrationReadyUpdate,
  registrationStateQuery,
  submitRequestsUpdate,
  tokenRegistrationWorkflowId,
} from './token-registration.messages.js';
import { tokenRegistrationWorkflow } from './token-registration.workflow.js';

const TOKEN = { serialNumber: 'KT0001', label: 'KAZTOKEN', model: 'SoftHSM v2' };
const REQUESTS = { signing: 'MIIBsigning', authentication: 'MIIBauth' };
const HOLDER = {
  userId: 'user-1',
  name: 'Timur Sadykov',
  iin: '871008401427',
  organizationId: 'org-1',
  bin: '940140000385',
  organizationName: 'Dala LLP',
};

/** A CA stand-in that records what the workflow asked of it. */
function fakeRegistrationActivities() {
  const calls = { issued: [] as string[], activated: [] as string[], discarded: [] as string[] };
  const readModel = fakeReadModel<RegistrationState>();
  let refuseNext = false;
  const activities: RegistrationActivities = {
    recordRegistration: readModel.write,
    async issueRegistrationCertificates({ registrationId, requests }) {
      calls.issued.push(registrationId);
      if (requests.signing === 'MIIBrefused' || refuseNext) {
        refuseNext = false;
        throw ApplicationFailure.create({
          type: 'CERT_REQUEST_SIGNATURE_INVALID',
          message: 'The request is not signed by the key it carries.',
          nonRetryable: true,
        });
      }
      return (['SIGNING', 'AUTHENTICATION'] as const).map((purpose): RegistrationCertificate => ({
        purpose,
        certificateId: `${registrationId}-${purpose}`,
        serialNumber: purpose === 'SIGNING' ? '0a' : '0b',
        certificate: 'MIIC',
        notAfter: '2027-12-04T00:00:00.000Z',
      }));
    },
    async activateRegistrationCertificates(registrationId) {
      calls.activated.push(registrationId);
    },
    async discardRegistrationCertificates(registrationId) {
      calls.discarded.push(registrationId);
    },
  };
  return { activities, calls, readModel, refuseNext: () => (refuseNext = true) };
}

describe(tokenRegistrationWorkflow.name, () => {
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let worker: RunningWorkflowWorker;
  const fakes = fakeRegistrationActivities();

  beforeAll(async () => {
    worker = await startWorkflowWorker('registrations', fakes.activities);
    ({ env, taskQueue } = worker);
  });
  afterAll(() => worker.stop());

  const writtenFor = (registrationId: string) =>
    fakes.readModel.written.filter((state) => state.registrationId === registrationId);
  const statusesBegun = (registrationId: string) =>
    fakes.readModel.begun
      .filter((state) => state.registrationId === registrationId)
      .map((state) => state.status);

  async function newRegistration(expiresInDays = 7, options: { workflowTaskTimeout?: string } = {}) {
    const registrationId = randomUUID();
    const handle = await env.client.workflow.start(tokenRegistrationWorkflow, {
      ...options,
      taskQueue,
      workflowId: tokenRegistrationWorkflowId(registrationId),
      args: [
        {
          registrationId,
          holder: HOLDER,
          validityDays: 365,
          expiresInDays,
        },
      ],
    });
    return { handle, registrationId };
  }

  async function throughPassword(handle: WorkflowHandle) {
    await handle.executeUpdate(chooseTokenUpdate, { args: [{ token: TOKEN, connectedTokens: 1 }] });
    return handle.executeUpdate(confirmPasswordSetUpdate, { args: [{ serialNumber: TOKEN.serialNumber }] });
  }

  async function untilStatus(handle: WorkflowHandle, status: RegistrationState['status']) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await handle.query(registrationStateQuery);
      if (state.status === status) return state;
      if (Date.now() > deadline) throw new Error(`still ${state.status}, not ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function refusalOf(attempt: Promise<unknown>): Promise<string | undefined> {
    try {
      await attempt;
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError)
        return (error.cause as { type?: string } | undefined)?.type;
      throw error;
    }
    return undefined;
  }

  it('walks token, password, requests, issuance and writing to COMPLETED, activating the certificates once', async () => {
    const { handle, registrationId } = await newRegistration();
    const afterPassword = await throughPassword(handle);
    expect(afterPassword.status).toBe('AWAITING_KEYS');
    const submitted = await handle.executeUpdate(submitRequestsUpdate, {
      args: [{ ...REQUESTS, serialNumber: TOKEN.serialNumber }],
    });
    expect(submitted.status).toBe('ISSUING');
    const issued = await untilStatus(handle, 'AWAITING_WRITE');
    expect(issued.certificates.map((certificate) => certificate.purpose)).toEqual([
      'SIGNING',
      'AUTHENTICATION',
    ]);
    const done = await handle.executeUpdate(confirmWrittenUpdate, {
      args: [{ serialNumber: TOKEN.serialNumber }],
    });
    expect(done.status).toBe('COMPLETED');
    expect(await handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(done.timeline.map((entry) => entry.event)).toEqual([
      'STARTED',
      'TOKEN_CHOSEN',
      'PASSWORD_SET',
      'REQUESTS_SUBMITTED',
      'CERTIFICATES_ISSUED',
      'COMPLETED',
    ]);
    expect(fakes.calls.activated.filter((id) => id === registrationId)).toHaveLength(1);
    expect(fakes.calls.issued.filter((id) => id === registrationId)).toHaveLength(1);
    const projected = writtenFor(registrationId);
    expect(projected.at(-1)?.status).toBe('COMPLETED');
  });

  it('refuses a second connected token and keeps waiting for the token', async () => {
    const { handle } = await newRegistration();
    expect(
      await refusalOf(
        handle.executeUpdate(chooseTokenUpdate, { args: [{ token: TOKEN, connectedTokens: 2 }] }),
      ),
    ).toBe('REGISTRATION_MULTIPLE_TOKENS');
    const state = await handle.query(registrationStateQuery);
    expect(state).toMatchObject({ status: 'AWAITING_TOKEN', token: null });
    expect(state.timeline).toHaveLength(1);
  });

  it('refuses a step made on another token than the one chosen', async () => {
    const { handle } = await newRegistration();
    await handle.executeUpdate(chooseTokenUpdate, { args: [{ token: TOKEN, connectedTokens: 1 }] });
    expect(
      await refusalOf(handle.executeUpdate(confirmPasswordSetUpdate, { args: [{ serialNumber: 'OTHER' }] })),
    ).toBe('REGISTRATION_OTHER_TOKEN');
    expect((await handle.query(registrationStateQuery)).status).toBe('AWAITING_PASSWORD');
  });

  it('keeps its progress when the same token is chosen again after the password step', async () => {
    const { handle } = await newRegistration();
    await throughPassword(handle);
    const again = await handle.executeUpdate(chooseTokenUpdate, {
      args: [{ token: TOKEN, connectedTokens: 1 }],
    });
    expect(again.status).toBe('AWAITING_KEYS');
  });

  it('goes back to the keys step with the code when the CA refuses the requests', async () => {
    const { handle } = await newRegistration();
    await throughPassword(handle);
    await handle.executeUpdate(submitRequestsUpdate, {
      args: [{ ...REQUESTS, signing: 'MIIBrefused', serialNumber: TOKEN.serialNumber }],
    });
    const back = await untilStatus(handle, 'AWAITING_KEYS');
    expect(back.refusal).toEqual({
      code: 'CERT_REQUEST_SIGNATURE_INVALID',
      message: 'The request is not signed by the key it carries.',
    });
    const retried = await handle.executeUpdate(submitRequestsUpdate, {
      args: [{ ...REQUESTS, serialNumber: TOKEN.serialNumber }],
    });
    expect(retried).toMatchObject({ status: 'ISSUING', refusal: null });
    await untilStatus(handle, 'AWAITING_WRITE');
  });

  it('refuses a malformed request without asking the CA', async () => {
    const { handle, registrationId } = await newRegistration();
    await throughPassword(handle);
    expect(
      await refusalOf(
        handle.executeUpdate(submitRequestsUpdate, {
          args: [{ ...REQUESTS, authentication: 'not base64!', serialNumber: TOKEN.serialNumber }],
        }),
      ),
    ).toBe('REGISTRATION_REQUEST_MALFORMED');
    expect(fakes.calls.issued).not.toContain(registrationId);
  });

  it('expires when unfinished by its deadline and revokes what was issued', async () => {
    const { handle, registrationId } = await newRegistration(2 / 86_400);
    await throughPassword(handle);
    await handle.executeUpdate(submitRequestsUpdate, {
      args: [{ ...REQUESTS, serialNumber: TOKEN.serialNumber }],
    });
    const final = await handle.result();
    expect(final.status).toBe('EXPIRED');
    expect(fakes.calls.discarded).toContain(registrationId);
    expect(fakes.calls.activated).not.toContain(registrationId);
  });

  it('ends CANCELLED with its reason, revoking what was issued, when cancelled by update or from outside', async () => {
    const byUpdate = await newRegistration();
    const cancelled = await byUpdate.handle.executeUpdate(cancelRegistrationUpdate, {
      args: [{ reason: 'token lost' }],
    });
    expect(cancelled).toMatchObject({ status: 'CANCELLED' });
    expect(cancelled.timeline.at(-1)?.details).toEqual({ reason: 'token lost' });
    expect(fakes.calls.discarded).toContain(byUpdate.registrationId);

    const fromOutside = await newRegistration();
    await fromOutside.handle.cancel();
    expect(await fromOutside.handle.result()).toMatchObject({ status: 'CANCELLED' });
    expect(fakes.calls.discarded).toContain(fromOutside.registrationId);
  });

  it('stays COMPLETED, in the read model too, when a cancellation from outside comes while its completion is written', async () => {
    const { handle, registrationId } = await newRegistration(7, HEARTBEATING_TASKS);
    await throughPassword(handle);
    await handle.executeUpdate(submitRequestsUpdate, {
      args: [{ ...REQUESTS, serialNumber: TOKEN.serialNumber }],
    });
    await untilStatus(handle, 'AWAITING_WRITE');
    const answer = await cancelledWhileWriting(
      fakes.readModel,
      'COMPLETED',
      (state) => state.registrationId === registrationId,
      handle,
      () => handle.executeUpdate(confirmWrittenUpdate, { args: [{ serialNumber: TOKEN.serialNumber }] }),
    );
    const final = await handle.result();

    // The cancellation did cut the write (begun twice), and the client's update with it.
    expect(answer).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(statusesBegun(registrationId).filter((status) => status === 'COMPLETED')).toHaveLength(2);
    // The certificates are on the token and active: the registration is complete, not cancelled.
    expect(final.status).toBe('COMPLETED');
    expect(writtenFor(registrationId).at(-1)?.status).toBe('COMPLETED');
    expect(fakes.calls.activated).toContain(registrationId);
    expect(fakes.calls.discarded).not.toContain(registrationId);
  });

  it('ends CANCELLED, in the read model too, when cancelled from outside before its first step ran', async () => {
    const registrationId = randomUUID();
    // The delay holds back the first workflow task, which the cancellation then dispatches: the
    // cancellation reaches the first step with the start, and cuts the first state's write.
    const handle = await env.client.workflow.start(tokenRegistrationWorkflow, {
      taskQueue,
      workflowId: tokenRegistrationWorkflowId(registrationId),
      args: [{ registrationId, holder: HOLDER, validityDays: 365, expiresInDays: 7 }],
      startDelay: '1 hour',
    });
    await handle.cancel();
    const ready = handle.executeUpdate(registrationReadyUpdate);

    expect(await handle.result()).toMatchObject({ status: 'CANCELLED' });
    expect(fakes.calls.discarded).toContain(registrationId);
    const recorded = writtenFor(registrationId).map((state) => state.status);
    expect(recorded).toEqual(['AWAITING_TOKEN', 'CANCELLED']);
    // Its creation answers a state the read model holds.
    expect(recorded).toContain((await ready).status);
  });
});
