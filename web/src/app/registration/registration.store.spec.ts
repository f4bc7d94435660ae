import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest, refuse } from '../../testing/http';
import { provideApiClient } from '../core/http/api-client';
import type { PinWindow } from '../core/signer/pin-window';
import { AgentRefusal } from '../core/signer/signing-agent';
import { type PreparedRegistration, RegistrationAgent, type RegistrationSubject } from './registration-agent';
import { REGISTRATION_POLL_MS, RegistrationStore } from './registration.store';
import type { ConnectedToken } from '../core/signer/tokens';
import type { RegistrationView } from './registration';
import { aRegistration, TOKEN } from './registration.fixtures';

const KEY = 'access-key-1';

const ON_TOKEN = { token: { serialNumber: TOKEN.serialNumber, label: TOKEN.label, model: TOKEN.model } };
const ISSUED = [
  {
    purpose: 'SIGNING' as const,
    serialNumber: '01',
    certificate: 'U0lHTg==',
    notAfter: '2027-03-16T00:00:00Z',
  },
  {
    purpose: 'AUTHENTICATION' as const,
    serialNumber: '02',
    certificate: 'QVVUSA==',
    notAfter: '2027-03-16T00:00:00Z',
  },
];

/** The signing agent as the wizard uses it, recording what it was asked. */
class FakeAgent {
  tokens: ConnectedToken[] = [TOKEN];
  passwordRefusal: AgentRefusal | undefined;
  readonly asked: string[] = [];
  readonly prepared: { slotId: string; tag: string; subject: RegistrationSubject }[] = [];
  readonly written: { slotId: string; certificate: string }[] = [];

  async connectedTokens(): Promise<ConnectedToken[]> {
    this.asked.push('connectedTokens');
    return this.tokens;
  }

  async listTokens(): Promise<ConnectedToken[]> {
    return this.tokens;
  }

  async replaceDefaultPassword(slotId: string): Promise<void> {
    this.asked.push(`changePin ${slotId}`);
    if (this.passwordRefusal) throw this.passwordRefusal;
  }

  async prepare(slotId: string, tag: string, subject: RegistrationSubject): Promise<PreparedRegistration> {
    this.prepared.push({ slotId, tag, subject });
    return {
      slotId,
      reused: false,
      signing: { keyId: 'aa', certificateRequest: 'U0lHTlJFUQ==' },
      authentication: { keyId: 'bb', certificateRequest: 'QVVUSFJFUQ==' },
    };
  }

  async writeCertificate(slotId: string, certificate: string): Promise<void> {
    this.written.push({ slotId, certificate });
  }
}

class RecordingPinWindow implements PinWindow {
  closed = false;
  show(): boolean {
    return true;
  }
  close(): void {
    this.closed = true;
  }
}

describe(RegistrationStore.name, () => {
  let store: RegistrationStore;
  let http: HttpTestingController;
  let agent: FakeAgent;

  beforeEach(() => {
    agent = new FakeAgent();
    TestBed.configureTestingModule({
      providers: [
        provideApiClient(),
        provideHttpClientTesting(),
        { provide: RegistrationAgent, useValue: agent },
        { provide: REGISTRATION_POLL_MS, useValue: 0 },
      ],
    });
    store = TestBed.inject(RegistrationStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    store.detach();
    http.verify();
  });

  /** The user ID and PIN open a registration the server answers in this state. */
  async function opened(registration: RegistrationView): Promise<void> {
    const opening = store.open('qq111111_qwertyui', 'ABCDEFGHJKL');
    (await nextRequest(http, '/api/registrations')).flush({
      accessKey: KEY,
      accessExpiresAt: '2026-03-16T09:30:00Z',
      registration,
    });
    await opening;
  }

  async function answerStep(step: string, registration: RegistrationView): Promise<Record<string, unknown>> {
    const request = await nextRequest(http, `/api/registrations/current/${step}`);
    expect(request.request.headers.get('X-Registration-Key')).toBe(KEY);
    request.flush(registration);
    return request.request.body as Record<string, unknown>;
  }

  describe('the user ID and OTP-card PIN', () => {
    it('open the registration with the PIN in upper case, and the key is kept in memory only', async () => {
      const opening = store.open(' qq111111_qwertyui ', 'abcdefghjkl');
      const request = await nextRequest(http, '/api/registrations');
      expect(request.request.body).toEqual({ registrationUserId: 'qq111111_qwertyui', pin: 'ABCDEFGHJKL' });
      request.flush({
        accessKey: KEY,
        accessExpiresAt: '2026-03-16T09:30:00Z',
        registration: aRegistration(),
      });
      await opening;

      expect(store.screen()).toBe('token');
      expect(JSON.stringify({ ...localStorage })).not.toContain(KEY);
      expect(JSON.stringify({ ...sessionStorage })).not.toContain(KEY);
    });

    it('say the same whether the user ID or the PIN was wrong', async () => {
      const opening = store.open('qq111111_qwertyui', 'ABCDEFGHJKX');
      refuse(await nextRequest(http, '/api/registrations'), 401, 'REGISTRATION_CREDENTIALS_INVALID');
      await opening;

      expect(store.screen()).toBe('credentials');
      expect(store.error()).toEqual({ key: 'registration.errors.credentials' });
    });

    it('explain a card blocked after five wrong PINs', async () => {
      const opening = store.open('qq111111_qwertyui', 'ABCDEFGHJKX');
      refuse(await nextRequest(http, '/api/registrations'), 403, 'REGISTRATION_CARD_BLOCKED');
      await opening;

      expect(store.error()).toEqual({ key: 'registration.errors.cardBlocked' });
    });

    it('say so when a reissue of the token comes first, remembering the user ID to continue it', async () => {
      const opening = store.open(' qq111111_qwertyui ', 'ABCDEFGHJKL');
      refuse(await nextRequest(http, '/api/registrations'), 409, 'REGISTRATION_REISSUE_IN_PROGRESS');
      await opening;

      expect(store.screen()).toBe('credentials');
      expect(store.error()).toEqual({ key: 'registration.errors.reissueInProgress' });
      expect(store.reissueInProgressFor()).toBe('qq111111_qwertyui');
    });

    it('continue a registration in progress at its step, saying so', async () => {
      await opened(aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }));

      expect(store.screen()).toBe('keys');
      expect(store.notice()).toEqual({ key: 'registration.notices.resumed' });
    });
  });

  describe('the token step', () => {
    it('lists what the agent sees as soon as the page shows the step', async () => {
      await opened(aRegistration());
      store.attach();
      await settled();

      expect(store.tokens()).toEqual({ kind: 'listed', tokens: [TOKEN] });
      expect(store.tokenChoice()).toEqual({ kind: 'one', token: TOKEN });
    });

    it('registers the one connected token with its serial number, label and model', async () => {
      await opened(aRegistration());

      const registering = store.registerToken();
      const body = await answerStep('token', aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));
      await registering;

      expect(body).toEqual({
        serialNumber: '0A1B2C3D',
        label: 'KAZTOKEN',
        model: 'KAZTOKEN',
        connectedTokens: 1,
      });
      expect(store.screen()).toBe('password');
    });

    it('refuses while two tokens are connected, without asking the bank', async () => {
      await opened(aRegistration());
      agent.tokens = [TOKEN, { ...TOKEN, slotId: '2b', serialNumber: 'FFEE0011' }];

      await store.registerToken();

      http.expectNone('/api/registrations/current/token');
      expect(store.error()).toEqual({ key: 'registration.errors.multipleTokens' });
      expect(store.tokenChoice()).toEqual({ kind: 'several', count: 2 });
    });

    it('asks to connect a token when the agent sees none', async () => {
      await opened(aRegistration());
      agent.tokens = [];

      await store.registerToken();

      http.expectNone('/api/registrations/current/token');
      expect(store.error()).toEqual({ key: 'registration.errors.noToken' });
    });

    it('explains the bank refusing a second token too', async () => {
      await opened(aRegistration());

      const registering = store.registerToken();
      refuse(
        await nextRequest(http, '/api/registrations/current/token'),
        422,
        'REGISTRATION_MULTIPLE_TOKENS',
        {
          field: 'connectedTokens',
        },
      );
      await registering;

      expect(store.error()).toEqual({ key: 'registration.errors.multipleTokens' });
    });
  });

  describe('the password step', () => {
    it('has the agent replace the default password on the registered token, then tells the bank', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));
      const pin = new RecordingPinWindow();

      const setting = store.setPassword(pin);
      const body = await answerStep('password', aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }));
      await setting;

      expect(agent.asked).toContain('changePin 1a');
      expect(body).toEqual({ serialNumber: '0A1B2C3D' });
      expect(store.screen()).toBe('keys');
      expect(pin.closed).toBe(true);
    });

    it('lets the client continue when the password is no longer the default', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));
      agent.passwordRefusal = new AgentRefusal('PIN_NOT_DEFAULT', 'The token has its own PIN.');

      await store.setPassword(new RecordingPinWindow());
      http.expectNone('/api/registrations/current/password');
      expect(store.passwordAlreadySet()).toBe(true);
      expect(store.error()).toBeUndefined();

      const continuing = store.continueWithPassword();
      await answerStep('password', aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }));
      await continuing;
      expect(store.screen()).toBe('keys');
    });

    it('names the token to connect when the registered one is not there, and closes the blank pop-up', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));
      agent.tokens = [{ ...TOKEN, serialNumber: 'OTHER123' }];
      const pin = new RecordingPinWindow();

      await store.setPassword(pin);

      expect(store.error()).toEqual({
        key: 'registration.errors.tokenMissing',
        params: { serialNumber: '0A1B2C3D' },
      });
      expect(agent.asked).not.toContain('changePin 1a');
      expect(pin.closed).toBe(true);
    });

    it('explains a PIN prompt the client cancelled in the agent', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));
      agent.passwordRefusal = new AgentRefusal('PIN_CANCELLED', 'Cancelled.');

      await store.setPassword(new RecordingPinWindow());

      expect(store.error()).toEqual({ key: 'signer.errors.PIN_CANCELLED' });
      expect(store.screen()).toBe('password');
    });
  });

  describe("a reissue's registration", () => {
    it('goes on with the reissue key, the password set while formatting: the agent is not asked', async () => {
      store.continueAfterReissue(KEY, aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));

      expect(store.screen()).toBe('password');
      expect(store.passwordAlreadySet()).toBe(true);
      expect(store.reissued()).toBe(true);

      const continuing = store.continueWithPassword();
      await answerStep('password', aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }));
      await continuing;

      expect(store.screen()).toBe('keys');
      expect(agent.asked).not.toContain('changePin 1a');
    });
  });

  describe('the keys step', () => {
    it("makes both key pairs for the registration's tag and holder and sends both requests", async () => {
      await opened(aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }));

      const making = store.makeKeys(new RecordingPinWindow());
      const body = await answerStep('requests', aRegistration({ status: 'ISSUING', ...ON_TOKEN }));
      await making;

      expect(agent.prepared).toEqual([
        {
          slotId: '1a',
          tag: '5f0c1e2d000040008000000',
          subject: { iin: '850312400118', bin: '940140000385', commonName: 'Aigerim Bekova' },
        },
      ]);
      expect(body).toEqual({
        serialNumber: '0A1B2C3D',
        signing: 'U0lHTlJFUQ==',
        authentication: 'QVVUSFJFUQ==',
      });
      expect(store.screen()).toBe('issuing');
    });
  });

  describe('issuance and writing', () => {
    it('polls while the CA issues, writes both certificates to the token, then confirms', async () => {
      await opened(aRegistration({ status: 'ISSUING', ...ON_TOKEN }));
      store.attach();

      const poll = await nextRequest(http, '/api/registrations/current');
      expect(poll.request.headers.get('X-Registration-Key')).toBe(KEY);
      poll.flush(aRegistration({ status: 'ISSUING', ...ON_TOKEN }));
      (await nextRequest(http, '/api/registrations/current')).flush(
        aRegistration({ status: 'AWAITING_WRITE', ...ON_TOKEN, certificates: ISSUED }),
      );
      const body = await answerStep(
        'written',
        aRegistration({ status: 'COMPLETED', ...ON_TOKEN, certificates: ISSUED }),
      );
      await settled();

      expect(agent.written).toEqual([
        { slotId: '1a', certificate: 'U0lHTg==' },
        { slotId: '1a', certificate: 'QVVUSA==' },
      ]);
      expect(body).toEqual({ serialNumber: '0A1B2C3D' });
      expect(store.screen()).toBe('done');
    });

    it('goes back to the keys when the CA refused the requests', async () => {
      await opened(aRegistration({ status: 'ISSUING', ...ON_TOKEN }));
      store.attach();

      const refusal = { code: 'CA_REQUEST_REJECTED', message: 'Key in use' };
      (await nextRequest(http, '/api/registrations/current')).flush(
        aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN, refusal }),
      );
      await settled();

      expect(store.screen()).toBe('keys');
      expect(store.registration()?.refusal).toEqual(refusal);
    });

    it('stops polling when the page is left', async () => {
      await opened(aRegistration({ status: 'ISSUING', ...ON_TOKEN }));
      store.attach();
      store.detach();
      await settled();

      http.expectNone('/api/registrations/current');
    });
  });

  describe('a step the bank refuses', () => {
    it('asks for the user ID and PIN again when the access key has expired', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));

      const continuing = store.continueWithPassword();
      refuse(
        await nextRequest(http, '/api/registrations/current/password'),
        401,
        'REGISTRATION_ACCESS_INVALID',
      );
      await continuing;

      expect(store.screen()).toBe('credentials');
      expect(store.error()).toEqual({ key: 'registration.errors.accessInvalid' });
    });

    it('shows where the registration is when the step was already done elsewhere', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));

      const continuing = store.continueWithPassword();
      refuse(await nextRequest(http, '/api/registrations/current/password'), 409, 'REGISTRATION_WRONG_STEP');
      (await nextRequest(http, '/api/registrations/current')).flush(
        aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }),
      );
      await continuing;

      expect(store.screen()).toBe('keys');
      expect(store.error()).toEqual({ key: 'registration.errors.wrongStep' });
    });

    it('tells the client the service is down for a moment, not that something went wrong', async () => {
      await opened(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));

      const continuing = store.continueWithPassword();
      refuse(
        await nextRequest(http, '/api/registrations/current/password'),
        503,
        'REGISTRATION_ENGINE_UNAVAILABLE',
      );
      await continuing;

      expect(store.error()).toEqual({ key: 'registration.errors.engineUnavailable' });
      expect(store.screen()).toBe('password');
    });
  });

  it('forgets a finished registration when the page is left', async () => {
    await opened(aRegistration({ status: 'COMPLETED', ...ON_TOKEN, certificates: ISSUED }));

    store.detach();

    expect(store.screen()).toBe('credentials');
    expect(store.registration()).toBeUndefined();
  });
});

/** Lets the steps that follow by themselves (reading tokens, polling, writing) run their course. */
async function settled(): Promise<void> {
  for (let tick = 0; tick < 10; tick++) await new Promise((resolve) => setTimeout(resolve));
}
