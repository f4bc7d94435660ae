import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import type { PinWindow } from '../core/signer/pin-window';
import { AGENT_UNAVAILABLE, AgentRefusal } from '../core/signer/signing-agent';
import { TokenAgent } from '../core/signer/token-agent';
import type { ConnectedToken } from '../core/signer/tokens';
import { TokenPinStore } from './token-pin.store';

const TOKEN: ConnectedToken = {
  slotId: '1a',
  label: 'Aigerim',
  manufacturer: 'Kazakhtelecom',
  model: 'KAZTOKEN',
  serialNumber: '0A1B2C3D',
  initialized: true,
  userPinLocked: false,
  empty: false,
};

/** The agent, recording what it was asked on which slot; a refusal is answered once when set. */
class FakeAgent {
  tokens: ConnectedToken[] = [TOKEN];
  refusal: AgentRefusal | undefined;
  readonly asked: string[] = [];

  async connectedTokens(): Promise<ConnectedToken[]> {
    if (this.refusal?.code === AGENT_UNAVAILABLE) throw this.refusal;
    return this.tokens;
  }

  async slotOf(serialNumber: string): Promise<string | undefined> {
    return this.tokens.find((token) => token.serialNumber === serialNumber)?.slotId;
  }

  async changePin(slotId: string): Promise<void> {
    this.answer(`changePin ${slotId}`);
  }

  async unblockPin(slotId: string): Promise<void> {
    this.answer(`unblockPin ${slotId}`);
    this.tokens = this.tokens.map((token) => ({ ...token, userPinLocked: false }));
  }

  private answer(asked: string): void {
    this.asked.push(asked);
    if (this.refusal) throw this.refusal;
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

describe(TokenPinStore.name, () => {
  let store: TokenPinStore;
  let agent: FakeAgent;

  beforeEach(() => {
    agent = new FakeAgent();
    TestBed.configureTestingModule({ providers: [{ provide: TokenAgent, useValue: agent }] });
    store = TestBed.inject(TokenPinStore);
  });

  it('lists the connected tokens when the page opens, with whether the password is locked', async () => {
    agent.tokens = [{ ...TOKEN, userPinLocked: true }];

    store.attach();
    await settled();

    expect(store.connected()).toEqual([{ ...TOKEN, userPinLocked: true }]);
  });

  it('changes the password of the chosen token in the agent pop-up, then says so', async () => {
    store.attach();
    await settled();
    const pin = new RecordingPinWindow();

    store.choose('change', TOKEN);
    await store.perform(pin);

    expect(agent.asked).toEqual(['changePin 1a']);
    expect(store.task()).toEqual({ action: 'change', token: TOKEN, done: true });
    expect(store.error()).toBeUndefined();
    expect(pin.closed).toBe(true);
  });

  it('unblocks a locked password with the administrator password, and the list shows it unlocked', async () => {
    agent.tokens = [{ ...TOKEN, userPinLocked: true }];
    store.attach();
    await settled();

    store.choose('unblock', store.connected()[0]!);
    await store.perform(new RecordingPinWindow());
    await store.back();

    expect(agent.asked).toEqual(['unblockPin 1a']);
    expect(store.task()).toBeUndefined();
    expect(store.connected()[0]?.userPinLocked).toBe(false);
  });

  it('finds the token again by its serial number: the slot may have changed since the list', async () => {
    store.attach();
    await settled();
    store.choose('change', TOKEN);
    agent.tokens = [{ ...TOKEN, slotId: '7f' }];

    await store.perform(new RecordingPinWindow());

    expect(agent.asked).toEqual(['changePin 7f']);
  });

  it.each([
    ['change', 'PIN_CANCELLED', 'tokenPin.errors.cancelled'],
    ['change', 'PIN_TIMEOUT', 'tokenPin.errors.timeout'],
    ['change', 'PIN_POLICY', 'tokenPin.errors.policy'],
    ['change', 'PIN_LOCKED', 'tokenPin.errors.userLocked'],
    ['unblock', 'PIN_LOCKED', 'tokenPin.errors.adminLocked'],
    ['unblock', AGENT_UNAVAILABLE, 'signer.errors.AGENT_UNAVAILABLE'],
  ] as const)('explains the agent refusing to %s (%s)', async (action, code, key) => {
    store.choose(action, TOKEN);
    agent.refusal = new AgentRefusal(code, code);

    await store.perform(new RecordingPinWindow());

    expect(store.error()).toEqual({ key });
    expect(store.task()?.done).toBe(false);
  });

  it('names the token to connect when it is gone, without asking the agent, and closes the pop-up', async () => {
    store.choose('unblock', TOKEN);
    agent.tokens = [];
    const pin = new RecordingPinWindow();

    await store.perform(pin);

    expect(agent.asked).toEqual([]);
    expect(store.error()).toEqual({
      key: 'tokenPin.errors.tokenMissing',
      params: { serialNumber: '0A1B2C3D' },
    });
    expect(pin.closed).toBe(true);
  });
});

async function settled(): Promise<void> {
  for (let tick = 0; tick < 5; tick++) await new Promise((resolve) => setTimeout(resolve));
}
