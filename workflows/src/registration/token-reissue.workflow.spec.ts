import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { cancelledWhileWriting, fakeReadModel, HEARTBEATING_TASKS } from '../../test/held-writes.js';
import type { ReissueReason, ReissueState } from '../domain/registration/reissue-state.js';
import type { RegistrationActivities, ReissueActivities } from './token-registration.activities.js';
import {
  chooseTokenUpdate,
  confirmPasswordSetUpdate,
  confirmWrittenUpdate,
  registrationStateQuery,
  submitRequestsUpdate,
} from './token-registration.messages.js';
import {
  cancelReissueUpdate,
  chooseReissueTokenUpdate,
  confirmFormattedUpdate,
  reissueStateQuery,
  tokenReissueWorkflowId,
} from './token-reissue.messages.js';
import { tokenRegistrationWorkflowId } from './token-registration.messages.js';
import { tokenReissueWorkflow } from './token-reissue.workflow.js';

const TOKEN = { serialNumber: 'KT0002', label: 'KAZTOKEN', model: 'SoftHSM v2' };
const ON_TOKEN = { serialNumber: TOKEN.serialNumber };

function fakeActivities() {
  const revocations: { reissueId: string; keyCompromised: boolean }[] = [];
  const readModel = fakeReadModel<ReissueState>();
  const activities: RegistrationActivities & ReissueActivities = {
    async recordRegistration() {},
    recordReissue: readModel.write,
    async revokeForReissue({ reissueId, keyCompromised }) {
      revocations.push({ reissueId, keyCompromised });
      return ['0a', '0b'];
    },
    async issueRegistrationCertificates({ registrationId }) {
      return (['SIGNING', 'AUTHENTICATION'] as const).map((purpose) => ({
        purpose,
        certificateId: `${registrationId}-${purpose}`,
        serialNumber: purpose === 'SIGNING' ? '1a' : '1b',
        certificate: 'MIIC',
        notAfter: '2027-12-04T00:00:00.000Z',
      }));
    },
    async activateRegistrationCertificates() {},
    async discardRegistrationCertificates() {},
  };
  return { activities, revocations, readModel };
}

describe(tokenReissueWorkflow.name, () => {
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let worker: RunningWorkflowWorker;
  const fakes = fakeActivities();

  beforeAll(async () => {
    worker = await startWorkflowWorker('reissues', fakes.activities);
    ({ env, taskQueue } = worker);
  });
  afterAll(() => worker.stop());

  async function newReissue(
    reason: ReissueReason = 'PIN_FORGOTTEN',
    options: { startDelay?: string; workflowTaskTimeout?: string } = {},
  ) {
    const reissueId = randomUUID();
    const handle = await env.client.workflow.start(tokenReissueWorkflow, {
      ...options,
      taskQueue,
      workflowId: tokenReissueWorkflowId(reissueId),
      args: [
        {
          reissueId,
          holder: {
            userId: 'user-2',
            name: 'Aliya Nurova',
            iin: '871008401427',
            organizationId: 'org-1',
            bin: '940140000385',
            organizationName: 'Dala LLP',
          },
          reason,
          startedBy: { kind: 'MANAGER', id: 'staff-1', name: 'Madina' },
          validityDays: 365,
          expiresInDays: 7,
        },
      ],
    });
    return { handle, reissueId };
  }

  async function until(handle: WorkflowHandle, status: ReissueState['status']): Promise<ReissueState> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await handle.query(reissueStateQuery);
      if (state.status === status) return state;
      if (Date.now() > deadline) throw new Error(`still ${state.status}, not ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('revokes the old certificates before the token is formatted, then completes with its registration', async () => {
    const { handle, reissueId } = await newReissue('KEY_COMPROMISE');
    const chosen = await handle.executeUpdate(chooseReissueTokenUpdate, {
      args: [{ token: TOKEN, connectedTokens: 1 }],
    });
    expect(chosen.status).toBe('REVOKING');
    const revoked = await until(handle, 'AWAITING_FORMAT');
    expect(revoked.revoked).toEqual(['0a', '0b']);
    expect(fakes.revocations).toContainEqual({ reissueId, keyCompromised: true });

    const formatted = await handle.executeUpdate(confirmFormattedUpdate, { args: [ON_TOKEN] });
    expect(formatted.status).toBe('REGISTERING');
    const registration = env.client.workflow.getHandle(
      tokenRegistrationWorkflowId(formatted.registrationId!),
    );
    await until(handle, 'REGISTERING');
    expect((await registration.query(registrationStateQuery)).reissueId).toBe(reissueId);
    await registration.executeUpdate(chooseTokenUpdate, { args: [{ token: TOKEN, connectedTokens: 1 }] });
    await registration.executeUpdate(confirmPasswordSetUpdate, { args: [ON_TOKEN] });
    await registration.executeUpdate(submitRequestsUpdate, {
      args: [{ ...ON_TOKEN, signing: 'MIIBs', authentication: 'MIIBa' }],
    });
    for (
      let tries = 0;
      (await registration.query(registrationStateQuery)).status !== 'AWAITING_WRITE';
      tries++
    ) {
      if (tries > 100) throw new Error('not issued');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await registration.executeUpdate(confirmWrittenUpdate, { args: [ON_TOKEN] });

    const final = await handle.result();
    expect(final.status).toBe('COMPLETED');
    expect(final.timeline.map((entry) => entry.event)).toEqual([
      'STARTED',
      'TOKEN_CHOSEN',
      'CERTIFICATES_REVOKED',
      'TOKEN_FORMATTED',
      'COMPLETED',
    ]);
  });

  it('refuses to go on with two tokens connected: formatting could wipe the other one', async () => {
    const { handle, reissueId } = await newReissue();
    const refused = handle.executeUpdate(chooseReissueTokenUpdate, {
      args: [{ token: TOKEN, connectedTokens: 2 }],
    });
    await expect(refused).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(refused).rejects.toMatchObject({ cause: { type: 'REGISTRATION_MULTIPLE_TOKENS' } });
    expect((await handle.query(reissueStateQuery)).status).toBe('AWAITING_TOKEN');
    expect(fakes.revocations.map((revocation) => revocation.reissueId)).not.toContain(reissueId);
  });

  it('is cancelled before formatting with its reason, and by an operator at any step with its registration', async () => {
    const early = await newReissue();
    const cancelled = await early.handle.executeUpdate(cancelReissueUpdate, {
      args: [{ reason: 'found the PIN' }],
    });
    expect(cancelled.status).toBe('CANCELLED');

    const late = await newReissue();
    await late.handle.executeUpdate(chooseReissueTokenUpdate, {
      args: [{ token: TOKEN, connectedTokens: 1 }],
    });
    await until(late.handle, 'AWAITING_FORMAT');
    const formatted = await late.handle.executeUpdate(confirmFormattedUpdate, { args: [ON_TOKEN] });
    await late.handle.cancel();
    expect(await late.handle.result()).toMatchObject({ status: 'CANCELLED' });
    const child = env.client.workflow.getHandle(tokenRegistrationWorkflowId(formatted.registrationId!));
    await expect(child.result()).resolves.toMatchObject({ status: 'CANCELLED' });
  });

  const writtenFor = (reissueId: string) =>
    fakes.readModel.written.filter((state) => state.reissueId === reissueId);
  const statusesBegun = (reissueId: string) =>
    fakes.readModel.begun.filter((state) => state.reissueId === reissueId).map((state) => state.status);

  it("keeps the client's own cancellation, in the read model too, when one from outside comes while it is written", async () => {
    const { handle, reissueId } = await newReissue('PIN_FORGOTTEN', HEARTBEATING_TASKS);
    await until(handle, 'AWAITING_TOKEN');
    const answer = await cancelledWhileWriting(
      fakes.readModel,
      'CANCELLED',
      (state) => state.reissueId === reissueId,
      handle,
      () => handle.executeUpdate(cancelReissueUpdate, { args: [{ reason: 'found the PIN' }] }),
    );
    const final = await handle.result();

    // The cancellation did cut the write (begun twice), and the client's update with it.
    expect(answer).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(statusesBegun(reissueId).filter((status) => status === 'CANCELLED')).toHaveLength(2);
    expect(final.status).toBe('CANCELLED');
    const last = writtenFor(reissueId).at(-1);
    expect(last?.status).toBe('CANCELLED');
    expect(last?.timeline.at(-1)?.details).toEqual({ reason: 'found the PIN' });
  });

  it('ends CANCELLED, in the read model too, when cancelled from outside before its first step ran', async () => {
    // The delay holds back the first workflow task, which the cancellation then dispatches: the
    // cancellation reaches the first step with the start, and cuts the first state's write.
    const { handle, reissueId } = await newReissue('PIN_FORGOTTEN', { startDelay: '1 hour' });
    await handle.cancel();
    expect(await handle.result()).toMatchObject({ status: 'CANCELLED' });
    expect(writtenFor(reissueId).map((state) => state.status)).toEqual(['AWAITING_TOKEN', 'CANCELLED']);
  });
});
