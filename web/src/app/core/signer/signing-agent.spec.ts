import { describe, expect, it } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest } from '../../../testing/http';
import type { PinWindow } from './pin-window';
import { AUTHENTICATION_USAGE, SIGNING_AGENT_URL, SigningAgent, WEB_SOCKET_FACTORY } from './signing-agent';

/** Records where the agent tries to connect; the socket never opens, so the request fails. */
function recordingSockets(): { urls: string[]; factory: (url: string) => WebSocket } {
  const urls: string[] = [];
  return {
    urls,
    factory: (url) => {
      urls.push(url);
      throw new Error('no agent in this test');
    },
  };
}

const noPopup: PinWindow = { show: () => false, close: () => undefined };

/** An agent on the other end of the socket: answers each request with what `answer` says. */
function scriptedAgent(answer: (request: { module: string; method: string; args: unknown }) => unknown[]) {
  const sent: { module: string; method: string; args: unknown }[] = [];
  const factory = () => {
    const listeners = new Map<string, ((event: unknown) => void)[]>();
    const emit = (type: string, event: unknown = {}) =>
      listeners.get(type)?.forEach((listen) => listen(event));
    const socket = {
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      send: (data: string) => {
        const request = JSON.parse(data) as { module: string; method: string; args: unknown };
        sent.push(request);
        for (const message of answer(request)) {
          setTimeout(() => emit('message', { data: JSON.stringify(message) }));
        }
      },
      close: () => undefined,
    };
    setTimeout(() => {
      emit('open');
      // As the national agent does, the agent greets every socket before any request.
      emit('message', { data: JSON.stringify({ result: { version: '0.3.0' } }) });
    });
    return socket as unknown as WebSocket;
  };
  return { sent, factory };
}

function setUp(localUrl?: string) {
  const sockets = recordingSockets();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: WEB_SOCKET_FACTORY, useValue: sockets.factory },
      ...(localUrl ? [{ provide: SIGNING_AGENT_URL, useValue: localUrl }] : []),
    ],
  });
  return { agent: TestBed.inject(SigningAgent), http: TestBed.inject(HttpTestingController), sockets };
}

describe(SigningAgent.name, () => {
  it("calls the agent's own methods in its module and answers their result", async () => {
    const agent = scriptedAgent(() => [{ id: 1, status: true, body: { result: [{ slotId: '1a' }] } }]);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: WEB_SOCKET_FACTORY, useValue: agent.factory },
        { provide: SIGNING_AGENT_URL, useValue: 'ws://127.0.0.1:15000' },
      ],
    });

    await expect(TestBed.inject(SigningAgent).call('listTokens')).resolves.toEqual([{ slotId: '1a' }]);
    expect(agent.sent).toEqual([{ id: 1, module: 'kz.qoltanba.agent', method: 'listTokens', args: {} }]);
  });

  it("shows the agent's PIN prompt in the window opened in the click, and closes it with the answer", async () => {
    const prompt = 'http://127.0.0.1:15000/pin/abc';
    const agent = scriptedAgent(() => [
      { event: 'pinRequested', requestId: 1, promptId: 'abc', url: prompt, operation: { kind: 'changePin' } },
      { id: 1, status: false, code: 'PIN_NOT_DEFAULT', message: 'The token has its own PIN.' },
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: WEB_SOCKET_FACTORY, useValue: agent.factory },
        { provide: SIGNING_AGENT_URL, useValue: 'ws://127.0.0.1:15000' },
      ],
    });
    const shown: string[] = [];
    let closed = false;
    const popup: PinWindow = { show: (url) => shown.push(url) > 0, close: () => (closed = true) };

    await expect(
      TestBed.inject(SigningAgent).call('changePin', { slotId: '1a', fromDefault: true }, popup),
    ).rejects.toMatchObject({ code: 'PIN_NOT_DEFAULT' });
    expect(shown).toEqual([prompt]);
    expect(closed).toBe(true);
  });

  it('connects to the agent address the bank server configures', async () => {
    const { agent, http, sockets } = setUp();
    const signing = agent.sign('AAAA', { extKeyUsageOids: [AUTHENTICATION_USAGE] }, noPopup);
    (await nextRequest(http, '/api/client-config')).flush({ signerUrl: 'ws://127.0.0.1:14001' });
    await expect(signing).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE' });
    expect(sockets.urls).toEqual(['ws://127.0.0.1:14001/?events=pin']);
  });

  it("prefers this browser's own agent address, without asking the server", async () => {
    const { agent, http, sockets } = setUp('ws://127.0.0.1:15000');
    await expect(
      agent.sign('AAAA', { extKeyUsageOids: [AUTHENTICATION_USAGE] }, noPopup),
    ).rejects.toMatchObject({
      code: 'AGENT_UNAVAILABLE',
    });
    http.expectNone('/api/client-config');
    expect(sockets.urls).toEqual(['ws://127.0.0.1:15000/?events=pin']);
  });

  it('falls back to the default port when the server cannot say', async () => {
    const { agent, http, sockets } = setUp();
    const signing = agent.sign('AAAA', { extKeyUsageOids: [AUTHENTICATION_USAGE] }, noPopup);
    (await nextRequest(http, '/api/client-config')).flush(null, { status: 503, statusText: 'Unavailable' });
    await expect(signing).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE' });
    expect(sockets.urls).toEqual(['ws://127.0.0.1:13580/?events=pin']);
  });
});
