import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest, refuse } from '../../testing/http';
import { provideApiClient } from '../core/http/api-client';
import type { PinWindow } from '../core/signer/pin-window';
import { AgentRefusal } from '../core/signer/signing-agent';
import { TokenAgent } from '../core/signer/token-agent';
import type { ConnectedToken, FormattedToken } from '../core/signer/tokens';
import type { RegistrationView } from '../registration/registration';
import { RegistrationAgent } from '../registration/registration-agent';
import { REGISTRATION_POLL_MS, RegistrationStore } from '../registration/registration.store';
import type { ReissueView } from './reissue';
import { REISSUE_HANDOVER_ATTEMPTS, ReissueStore } from './reissue.store';

const KEY = 'access-key-1';
const REGISTRATION_ID = '5f0c1e2d-0000-4000-8000-000000000002';
const TOKEN: ConnectedToken = {
  slotId: '1a',
  label: 'Aigerim',
  manufacturer: 'Kazakhtelecom',
  model: 'KAZTOKEN',
  serialNumber: '0A1B2C3D',
  initialized: true,
  userPinLocked: true,
  empty: false,
};
const ON_TOKEN = { token: { serialNumber: TOKEN.serialNumber, label: TOKEN.label, model: TOKEN.model } };
const HOLDER = {
  name: 'Aigerim Bekova',
  iin: '850312400118',
  bin: '940140000385',
  organizationName: 'Demo LLP',
};

function aReissue(overrides: Partial<ReissueView> = {}): ReissueView {
  return {
    reissueId: '7a0c1e2d-0000-4000-8000-000000000001',
    status: 'AWAITING_TOKEN',
    reason: 'PIN_FORGOTTEN',
    startedBy: 'CLIENT',
    holder: HOLDER,
    token: null,
    revoked: [],
    registrationId: null,
    startedAt: '2026-03-16T09:00:00Z',
    expiresAt: '2026-03-30T09:00:00Z',
    ...overrides,
  };
}

function aRegistration(overrides: Partial<RegistrationView> = {}): RegistrationView {
  return {
    registrationId: REGISTRATION_ID,
    registrationTag: '5f0c1e2d000040008000000',
    status: 'AWAITING_TOKEN',
    validityDays: 365,
    holder: HOLDER,
    token: null,
    certificates: [],
    refusal: null,
    startedAt: '2026-03-16T09:05:00Z',
    expiresAt: '2026-03-30T09:05:00Z',
    ...overrides,
  };
}

/** The signing agent as both wizards use it, recording what it was asked. */
class FakeAgent {
  tokens: ConnectedToken[] = [TOKEN];
  formatRefusal: AgentRefusal | undefined;
  readonly formatted: string[] = [];

  async connectedTokens(): Promise<ConnectedToken[]> {
    return this.tokens;
  }

  async listTokens(): Promise<ConnectedToken[]> {
    return this.tokens;
  }

  async slotOf(serialNumber: string): Promise<string | undefined> {
    return this.tokens.find((token) => token.serialNumber === serialNumber)?.slotId;
  }

  async formatToken(slotId: string): Promise<FormattedToken> {
    if (this.formatRefusal) throw this.formatRefusal;
    this.formatted.push(slotId);
    // Formatted: empty, with the new password the client chose in the pop-up.
    this.tokens = this.tokens.map((token) =>
      token.slotId === slotId ? { ...token, empty: true, userPinLocked: false } : token,
    );
    return { slotId, label: TOKEN.label, formatted: true };
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

describe(ReissueStore.name, () => {
  let store: ReissueStore;
  let registrations: RegistrationStore;
  let http: HttpTestingController;
  let agent: FakeAgent;

  beforeEach(() => {
    agent = new FakeAgent();
    TestBed.configureTestingModule({
      providers: [
        provideApiClient(),
        provideHttpClientTesting(),
        { provide: TokenAgent, useValue: agent },
        { provide: RegistrationAgent, useValue: agent },
        { provide: REGISTRATION_POLL_MS, useValue: 0 },
        { provide: REISSUE_HANDOVER_ATTEMPTS, useValue: 3 },
      ],
    });
    store = TestBed.inject(ReissueStore);
    registrations = TestBed.inject(RegistrationStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    store.detach();
    http.verify();
  });

  /** The user ID, PIN and reason open a reissue the server answers in this state. */
  async function opened(reissue: ReissueView): Promise<void> {
    const opening = store.open('qq111111_qwertyui', 'ABCDEFGHJKL', 'PIN_FORGOTTEN');
    (await nextRequest(http, '/api/reissues')).flush({
      accessKey: KEY,
      accessExpiresAt: '2026-03-16T09:30:00Z',
      reissue,
    });
    await opening;
  }

  async function answerStep(step: string, reissue: ReissueView): Promise<Record<string, unknown>> {
    const request = await nextRequest(http, `/api/reissues/current/${step}`);
    expect(request.request.headers.get('X-Registration-Key')).toBe(KEY);
    request.flush(reissue);
    return request.request.body as Record<string, unknown>;
  }

  describe('the user ID, OTP-card PIN and reason', () => {
    it('start the reissue with the PIN in upper case; the key is kept in memory only', async () => {
      const opening = store.open(' qq111111_qwertyui ', 'abcdefghjkl', 'KEY_COMPROMISE');
      const request = await nextRequest(http, '/api/reissues');
      expect(request.request.body).toEqual({
        registrationUserId: 'qq111111_qwertyui',
        pin: 'ABCDEFGHJKL',
        reason: 'KEY_COMPROMISE',
      });
      request.flush({ accessKey: KEY, accessExpiresAt: '2026-03-16T09:30:00Z', reissue: aReissue() });
      await opening;

      expect(store.screen()).toBe('token');
      expect(store.step()).toBe('token');
      expect(JSON.stringify({ ...localStorage })).not.toContain(KEY);
      expect(JSON.stringify({ ...sessionStorage })).not.toContain(KEY);
    });

    it.each([
      [401, 'REGISTRATION_CREDENTIALS_INVALID', 'registration.errors.credentials'],
      [403, 'REGISTRATION_CARD_BLOCKED', 'registration.errors.cardBlocked'],
      [429, 'AUTH_TOO_MANY_ATTEMPTS', 'registration.errors.tooMany'],
    ])('are refused as for a registration (%s %s)', async (status, code, key) => {
      const opening = store.open('qq111111_qwertyui', 'ABCDEFGHJKX', 'PIN_FORGOTTEN');
      refuse(await nextRequest(http, '/api/reissues'), status, code);
      await opening;

      expect(store.screen()).toBe('credentials');
      expect(store.error()).toEqual({ key });
    });

    it('open the reissue a manager started, saying so', async () => {
      await opened(aReissue({ startedBy: 'MANAGER' }));

      expect(store.notice()).toEqual({ key: 'reissue.notices.byManager' });
    });

    it('continue a reissue at its step, saying so', async () => {
      await opened(aReissue({ status: 'AWAITING_FORMAT', ...ON_TOKEN, revoked: ['0a', '0b'] }));

      expect(store.screen()).toBe('format');
      expect(store.notice()).toEqual({ key: 'reissue.notices.resumed' });
    });
  });

  describe('the token step', () => {
    it('lists the connected tokens as soon as the page shows the step', async () => {
      await opened(aReissue());
      store.attach();
      await settled();

      expect(store.tokenChoice()).toEqual({ kind: 'one', token: TOKEN });
    });

    it('chooses the one connected token, then polls while the bank revokes the old certificates', async () => {
      await opened(aReissue());
      store.attach();
      await settled();

      const choosing = store.chooseToken();
      const body = await answerStep('token', aReissue({ status: 'REVOKING', ...ON_TOKEN }));
      await choosing;
      expect(body).toEqual({
        serialNumber: '0A1B2C3D',
        label: 'Aigerim',
        model: 'KAZTOKEN',
        connectedTokens: 1,
      });
      expect(store.screen()).toBe('revoking');

      const poll = await nextRequest(http, '/api/reissues/current');
      expect(poll.request.headers.get('X-Registration-Key')).toBe(KEY);
      poll.flush(aReissue({ status: 'REVOKING', ...ON_TOKEN }));
      (await nextRequest(http, '/api/reissues/current')).flush(
        aReissue({ status: 'AWAITING_FORMAT', ...ON_TOKEN, revoked: ['0a', '0b'] }),
      );
      await settled();

      expect(store.screen()).toBe('format');
      expect(store.reissue()?.revoked).toEqual(['0a', '0b']);
    });

    it('refuses while two tokens are connected, without asking the bank: formatting could wipe the other', async () => {
      await opened(aReissue());
      agent.tokens = [TOKEN, { ...TOKEN, slotId: '2b', serialNumber: 'FFEE0011' }];

      await store.chooseToken();

      http.expectNone('/api/reissues/current/token');
      expect(store.error()).toEqual({ key: 'reissue.errors.multipleTokens' });
    });

    it('explains the bank refusing a second token too', async () => {
      await opened(aReissue());

      const choosing = store.chooseToken();
      refuse(await nextRequest(http, '/api/reissues/current/token'), 422, 'REGISTRATION_MULTIPLE_TOKENS');
      await choosing;

      expect(store.error()).toEqual({ key: 'reissue.errors.multipleTokens' });
      expect(store.screen()).toBe('token');
    });
  });

  describe('the formatting', () => {
    const AWAITING_FORMAT = aReissue({ status: 'AWAITING_FORMAT', ...ON_TOKEN, revoked: ['0a', '0b'] });
    const REGISTERING = aReissue({ status: 'REGISTERING', ...ON_TOKEN, registrationId: REGISTRATION_ID });

    it('formats the token in the agent, then the registration goes on with the same key and the new password', async () => {
      await opened(AWAITING_FORMAT);
      store.attach();
      await settled();
      const pin = new RecordingPinWindow();

      const formatting = store.format(pin);
      const body = await answerStep('formatted', REGISTERING);
      await formatting;
      expect(agent.formatted).toEqual(['1a']);
      expect(body).toEqual({ serialNumber: '0A1B2C3D' });
      expect(pin.closed).toBe(true);

      // The bank starts the registration a moment later: until then `current` is the old one.
      const old = await nextRequest(http, '/api/registrations/current');
      expect(old.request.headers.get('X-Registration-Key')).toBe(KEY);
      old.flush(aRegistration({ registrationId: 'the-first-one', status: 'COMPLETED', ...ON_TOKEN }));
      (await nextRequest(http, '/api/registrations/current')).flush(aRegistration());
      // Its token step is the formatted token, taken at once.
      const chosen = await nextRequest(http, '/api/registrations/current/token');
      expect(chosen.request.body).toEqual({
        serialNumber: '0A1B2C3D',
        label: 'Aigerim',
        model: 'KAZTOKEN',
        connectedTokens: 1,
      });
      chosen.flush(aRegistration({ status: 'AWAITING_PASSWORD', ...ON_TOKEN }));
      await settled();

      expect(store.screen()).toBe('registration');
      expect(store.step()).toBe('register');
      expect(registrations.screen()).toBe('password');
      expect(registrations.passwordAlreadySet()).toBe(true);
    });

    it.each([
      ['MULTIPLE_TOKENS', 'reissue.errors.multipleTokens'],
      ['CONFIRMATION_REQUIRED', 'reissue.errors.notConfirmed'],
      ['PIN_LOCKED', 'reissue.errors.adminLocked'],
      ['PIN_CANCELLED', 'signer.errors.PIN_CANCELLED'],
    ])('explains the agent refusing (%s) and tells the bank nothing', async (code, key) => {
      await opened(AWAITING_FORMAT);
      agent.formatRefusal = new AgentRefusal(code, code);

      await store.format(new RecordingPinWindow());

      http.expectNone('/api/reissues/current/formatted');
      expect(store.error()).toEqual({ key });
      expect(store.screen()).toBe('format');
    });

    it('does not format another token than the one the reissue started with', async () => {
      await opened(AWAITING_FORMAT);
      agent.tokens = [{ ...TOKEN, serialNumber: 'FFEE0011' }];
      const pin = new RecordingPinWindow();

      await store.format(pin);

      expect(agent.formatted).toEqual([]);
      expect(store.error()).toEqual({
        key: 'reissue.errors.tokenMissing',
        params: { serialNumber: '0A1B2C3D' },
      });
      expect(pin.closed).toBe(true);
    });

    it('tells the bank again, without formatting again, when the confirmation did not get through', async () => {
      await opened(AWAITING_FORMAT);

      const formatting = store.format(new RecordingPinWindow());
      refuse(
        await nextRequest(http, '/api/reissues/current/formatted'),
        503,
        'REGISTRATION_ENGINE_UNAVAILABLE',
      );
      await formatting;
      expect(store.error()).toEqual({ key: 'registration.errors.engineUnavailable' });
      expect(store.tokenFormatted()).toBe(true);

      const confirming = store.confirmFormatted();
      await answerStep('formatted', REGISTERING);
      await confirming;

      expect(agent.formatted).toEqual(['1a']);
      expect(store.tokenFormatted()).toBe(false);
      expect(store.screen()).toBe('handover');
    });

    it('says when the registration is not there yet, and asks again on request', async () => {
      await opened(REGISTERING);
      store.attach();
      for (let attempt = 0; attempt < 3; attempt++) {
        refuse(await nextRequest(http, '/api/registrations/current'), 404, 'REGISTRATION_NOT_FOUND');
      }
      await settled();
      expect(store.screen()).toBe('handover');
      expect(store.error()).toEqual({ key: 'reissue.errors.registrationNotReady' });

      const continuing = store.continueToRegistration();
      (await nextRequest(http, '/api/registrations/current')).flush(
        aRegistration({ status: 'AWAITING_KEYS', ...ON_TOKEN }),
      );
      await continuing;

      expect(store.screen()).toBe('registration');
      expect(registrations.screen()).toBe('keys');
    });
  });

  it('cancels before the formatting: the reissue ends', async () => {
    await opened(aReissue());

    const cancelling = store.cancel();
    const body = await answerStep('cancellation', aReissue({ status: 'CANCELLED' }));
    await cancelling;

    expect(body).toEqual({ reason: 'Cancelled by the client in the token reissue wizard' });
    expect(store.screen()).toBe('ended');
    expect(store.step()).toBeUndefined();
  });

  it('asks for the user ID and PIN again when the access key has expired', async () => {
    await opened(aReissue());

    const choosing = store.chooseToken();
    refuse(await nextRequest(http, '/api/reissues/current/token'), 401, 'REGISTRATION_ACCESS_INVALID');
    await choosing;

    expect(store.screen()).toBe('credentials');
    expect(store.error()).toEqual({ key: 'reissue.errors.accessInvalid' });
  });

  it('forgets the reissue and its registration once the client leaves the finished page', async () => {
    await opened(aReissue({ status: 'COMPLETED', ...ON_TOKEN, registrationId: REGISTRATION_ID }));
    store.attach();
    (await nextRequest(http, '/api/registrations/current')).flush(
      aRegistration({ status: 'COMPLETED', ...ON_TOKEN }),
    );
    await settled();
    expect(store.step()).toBe('done');

    store.detach();

    expect(store.screen()).toBe('credentials');
    expect(registrations.registration()).toBeUndefined();
  });
});

/** Lets the steps that follow by themselves (reading tokens, polling, handing over) run their course. */
async function settled(): Promise<void> {
  for (let tick = 0; tick < 10; tick++) await new Promise((resolve) => setTimeout(resolve));
}
