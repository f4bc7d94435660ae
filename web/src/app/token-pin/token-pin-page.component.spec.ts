import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideScreenTesting } from '../../testing/screen';
import { signIn } from '../../testing/session';
import { settle } from '../../testing/settle';
import { AgentRefusal } from '../core/signer/signing-agent';
import { TokenAgent } from '../core/signer/token-agent';
import type { ConnectedToken } from '../core/signer/tokens';
import { TokenPinPageComponent } from './token-pin-page.component';

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

describe(TokenPinPageComponent.name, () => {
  let fixture: ComponentFixture<TokenPinPageComponent>;
  let http: HttpTestingController;
  let tokens: ConnectedToken[];
  let refusal: AgentRefusal | undefined;
  let asked: string[];

  afterEach(() => {
    fixture.destroy();
    http.verify();
    jest.restoreAllMocks();
  });

  async function open({ signedIn = false } = {}): Promise<void> {
    tokens = [TOKEN];
    refusal = undefined;
    asked = [];
    const agent: Partial<TokenAgent> = {
      connectedTokens: async () => tokens,
      slotOf: async (serialNumber) => tokens.find((token) => token.serialNumber === serialNumber)?.slotId,
      changePin: async (slotId) => {
        asked.push(`changePin ${slotId}`);
        if (refusal) throw refusal;
      },
      unblockPin: async (slotId) => {
        asked.push(`unblockPin ${slotId}`);
        if (refusal) throw refusal;
      },
    };
    // The agent's pop-up: jsdom has no windows to open.
    jest.spyOn(window, 'open').mockReturnValue(null);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting(), { provide: TokenAgent, useValue: agent }],
    });
    http = TestBed.inject(HttpTestingController);
    if (signedIn) await signIn(http);
    fixture = TestBed.createComponent(TokenPinPageComponent);
    await settle(fixture);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function click(selector: string): Promise<void> {
    const target = page().querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`nothing on the page matches ${selector}`);
    target.click();
    await settle(fixture);
    await settle(fixture);
  }

  it('lists each connected token with both actions', async () => {
    await open();

    expect(text('.token-name')).toBe('Aigerim');
    expect(text('.token .hint')).toBe('KAZTOKEN, serial number 0A1B2C3D');
    expect(text('button.change-pin')).toBe('Change token password');
    expect(text('button.unblock-pin')).toBe('Unblock token password');
    expect(page().querySelector('.pin-locked')).toBeNull();
  });

  it('marks a locked password and offers only to unblock it', async () => {
    await open();
    tokens = [{ ...TOKEN, userPinLocked: true }];
    await click('button.look-again');

    expect(text('.pin-locked')).toBe('Password locked');
    expect(page().querySelector('button.change-pin')).toBeNull();
    expect(page().querySelector('button.unblock-pin.primary')).not.toBeNull();
  });

  it('explains the change before the agent is asked, then says it is done', async () => {
    await open();

    await click('button.change-pin');
    expect(text('section[data-step="change"] h2')).toBe('Change the token password');
    expect(text('section[data-step="change"]')).toContain('enter the current token password');
    expect(text('section[data-step="change"] .rules')).toContain('At least 8 characters');
    expect(asked).toEqual([]);

    await click('button.run-pin-action');

    expect(asked).toEqual(['changePin 1a']);
    expect(text('.pin-action-done')).toBe(
      'The token password is changed. Use the new one to sign documents and to log in.',
    );
  });

  it('names the default administrator password for the unblocking', async () => {
    await open();

    await click('button.unblock-pin');

    expect(text('section[data-step="unblock"]')).toContain(
      'The administrator password is 87654321 unless you changed it.',
    );
  });

  it('says in words why nothing changed when the administrator password is locked', async () => {
    await open();
    await click('button.unblock-pin');
    refusal = new AgentRefusal('PIN_LOCKED', 'locked');

    await click('button.run-pin-action');

    expect(text('.token-pin-error')).toBe(
      'The token’s administrator password is locked after wrong entries: the token cannot be unblocked. Contact your bank branch to replace the token.',
    );
    expect(page().querySelector('section[data-step="unblock"]')).not.toBeNull();
  });

  it('offers the reissue and the way back to log-in to a client who is not signed in', async () => {
    await open();

    expect(page().querySelector('.forgotten a')?.getAttribute('href')).toBe('/reissue');
    expect(page().querySelector('.footer a')?.getAttribute('href')).toBe('/login?method=standard');
  });

  it('leads a signed-in client back to the profile', async () => {
    await open({ signedIn: true });

    expect(page().querySelector('.forgotten')).toBeNull();
    expect(page().querySelector('.footer a')?.getAttribute('href')).toBe('/profile');
  });
});
