import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AgentClient, type PinRequestedEvent } from '../src/client/agent-client.js';
import { cancelPinPrompt, submitPin } from '../src/client/pin-prompt-client.js';
import { EKU } from '../src/crypto/certificate-details.js';
import type { TokenSummary } from '../src/pkcs11/token-summary.js';
import { AGENT_MODULE, BASICS_MODULE } from '../src/protocol/messages.js';
import {
  enterAtPrompt,
  type Harness,
  newRecord,
  PAGE_ORIGIN,
  provisionCertificate,
  startHarness,
  uniqueIdentifier,
  USER_PIN,
} from './agent-harness.js';
import { TestCa } from './test-ca.js';

const SUBJECT = { iin: uniqueIdentifier(), commonName: 'PROMPT TEST', country: 'KZ' as const };
const signRequest = (documents: number, locale = 'ru') => ({
  format: 'cms',
  data: Array.from({ length: documents }, (_, n) => Buffer.from(`document ${n}`).toString('base64')),
  signingParams: { decode: true },
  signerParams: { extKeyUsageOids: [EKU.signing], iin: SUBJECT.iin },
  locale,
});

/** Starts a signing request and resolves with the prompt it opened, leaving the pop-up to the test. */
function openPrompt(harness: Harness, documents = 1, locale = 'ru') {
  let opened!: (event: PinRequestedEvent) => void;
  const prompt = new Promise<PinRequestedEvent>((resolve) => (opened = resolve));
  const answer = harness.client.request(BASICS_MODULE, 'sign', signRequest(documents, locale), {
    onPinRequested: opened,
  });
  return { prompt, answer };
}

describe('the PIN prompt the agent owns', () => {
  let harness: Harness;
  let slotId: string;

  beforeAll(async () => {
    harness = await startHarness(['pin-prompt'], { pinTimeoutMs: 1500 });
    slotId = await harness.slotOf(harness.tokens[0]!);
    await provisionCertificate(harness, await TestCa.create(), slotId, {
      subject: SUBJECT,
      purpose: 'signing',
    });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('tells the page where the prompt is with a one-time URL on the agent origin, never asking the page for the PIN', async () => {
    const { prompt, answer } = openPrompt(harness, 20);
    const event = await prompt;
    expect(event).toEqual({
      event: 'pinRequested',
      requestId: expect.any(Number),
      promptId: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      url: `${harness.agent.origin}/pin/${event.promptId}`,
      operation: { kind: 'sign', documents: 20 },
    });
    const page = await fetch(event.url);
    const html = await page.text();
    expect(html).toContain('Подписать 20 документов');
    expect(html).toContain(harness.tokens[0]!.label);
    expect(html).toContain(PAGE_ORIGIN);
    await submitPin(event.url, { pin: USER_PIN });
    expect((await answer).status).toBe(true);
  });

  it('refuses to be framed and loads nothing from elsewhere', async () => {
    const { prompt, answer } = openPrompt(harness);
    const event = await prompt;
    const page = await fetch(event.url);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    const script = await fetch(`${harness.agent.origin}/pin/assets/pin-page.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    await cancelPinPrompt(event.url);
    await answer;
  });

  it('speaks Kazakh and English too', async () => {
    for (const [locale, text] of [
      ['kk', '3 құжатқа қол қою'],
      ['en', 'Sign 3 documents'],
    ] as const) {
      const { prompt, answer } = openPrompt(harness, 3, locale);
      const event = await prompt;
      expect(await (await fetch(event.url)).text()).toContain(text);
      await cancelPinPrompt(event.url);
      expect(await answer).toMatchObject({ code: 'PIN_CANCELLED' });
    }
  });

  it('refuses a PIN posted from another origin, such as the bank page itself', async () => {
    const { prompt, answer } = openPrompt(harness);
    const event = await prompt;
    const posted = await fetch(event.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: PAGE_ORIGIN },
      body: JSON.stringify({ pin: USER_PIN }),
    });
    expect(posted.status).toBe(403);
    const asForm = await fetch(event.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: harness.agent.origin },
      body: `pin=${USER_PIN}`,
    });
    expect(asForm.status).toBe(415);
    await cancelPinPrompt(event.url);
    expect(await answer).toMatchObject({ status: false, code: 'PIN_CANCELLED' });
  });

  it('says a PIN is wrong with the counter the token reports, and lets the user retry', async () => {
    const record = newRecord();
    const answer = await harness.client.request(
      BASICS_MODULE,
      'sign',
      signRequest(1),
      enterAtPrompt([{ pin: '00000000' }, { pin: USER_PIN }], record),
    );
    expect(answer.status).toBe(true);
    expect(record.replies[0]).toEqual({
      outcome: 'retry',
      code: 'PIN_INCORRECT',
      message: expect.stringContaining('Неверный PIN-код'),
      // SoftHSM2 flags a low count after a wrong PIN and never locks; a KAZTOKEN also sets final-try and locked.
      pinState: { countLow: true, finalTry: false, locked: false },
    });
    expect(record.replies[1]).toMatchObject({ outcome: 'accepted' });
    const token = (await harness.client.call<TokenSummary[]>(AGENT_MODULE, 'listTokens')).find(
      (listed) => listed.slotId === slotId,
    );
    expect(token?.userPin).toEqual({ countLow: false, finalTry: false, locked: false });
  });

  it('answers PIN_CANCELLED when the user cancels after a wrong PIN', async () => {
    const { prompt, answer } = openPrompt(harness);
    const event = await prompt;
    expect(await submitPin(event.url, { pin: 'wrong-pin' })).toMatchObject({
      outcome: 'retry',
      code: 'PIN_INCORRECT',
    });
    await cancelPinPrompt(event.url);
    expect(await answer).toMatchObject({ status: false, code: 'PIN_CANCELLED' });
  });

  it('answers PIN_TIMEOUT when nobody enters the PIN in time', async () => {
    const events: string[] = [];
    const answer = await harness.client.request(BASICS_MODULE, 'sign', signRequest(1), {
      onEvent: (event) =>
        events.push(event.event === 'pinPromptClosed' ? `closed:${event.outcome}` : event.event),
    });
    expect(answer).toMatchObject({ status: false, code: 'PIN_TIMEOUT' });
    expect(events).toEqual(['pinRequested', 'closed:timeout']);
  });

  it('forgets a prompt once used: its URL is dead and a second entry is refused', async () => {
    const { prompt, answer } = openPrompt(harness);
    const event = await prompt;
    expect(await submitPin(event.url, { pin: USER_PIN })).toMatchObject({ outcome: 'accepted' });
    expect((await answer).status).toBe(true);
    expect((await fetch(event.url)).status).toBe(404);
    const again = await fetch(event.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: harness.agent.origin },
      body: JSON.stringify({ pin: USER_PIN }),
    });
    expect(again.status).toBe(404);
  });

  it('lets the page give up on its own prompt', async () => {
    const { prompt, answer } = openPrompt(harness);
    const event = await prompt;
    expect(await harness.client.call(AGENT_MODULE, 'cancelPinRequest', { promptId: event.promptId })).toEqual(
      {
        cancelled: true,
      },
    );
    expect(await answer).toMatchObject({ code: 'PIN_CANCELLED' });
  });

  it('drops the prompt when the page that asked goes away', async () => {
    const page = await AgentClient.connect(`ws://127.0.0.1:${harness.agent.port}`, PAGE_ORIGIN);
    const event = await new Promise<PinRequestedEvent>((resolve) => {
      void page.request(BASICS_MODULE, 'sign', signRequest(1), { onPinRequested: resolve });
    });
    page.close();
    await waitUntil(async () => (await fetch(event.url)).status === 404);
    expect(await submitPin(event.url, { pin: USER_PIN })).toMatchObject({ outcome: 'closed' });
  });

  it('answers unknown prompt addresses with a page that refuses, in every language', async () => {
    const response = await fetch(`${harness.agent.origin}/pin/${'A'.repeat(43)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This request is no longer valid.');
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
