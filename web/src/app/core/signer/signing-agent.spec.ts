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
  it('connects to the agent address the bank server configures', async () => {
    const { agent, http, sockets } = setUp();
    const signing = agent.sign('AAAA', { extKeyUsageOids: [AUTHENTICATION_USAGE] }, noPopup);
    (await nextRequest(http, '/api/client-config')).flush({ signerUrl: 'ws://127.0.0.1:14001' });
    await expect(signing).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE' });
    expect(sockets.urls).toEqual(['ws://127.0.0.1:14001']);
  });

  it("prefers this browser's own agent address, without asking the server", async () => {
    const { agent, http, sockets } = setUp('ws://127.0.0.1:15000');
    await expect(
      agent.sign('AAAA', { extKeyUsageOids: [AUTHENTICATION_USAGE] }, noPopup),
    ).rejects.toMatchObject({
      code: 'AGENT_UNAVAILABLE',
    });
    http.expectNone('/api/client-config');
    expect(sockets.urls).toEqual(['ws://127.0.0.1:15000']);
  });

  it('falls back to the default port when the server cannot say', async () => {
    const { agent, http, sockets } = setUp();
    const signing = agent.sign('AAAA', { extKeyUsageOids: [AUTHENTICATION_USAGE] }, noPopup);
    (await nextRequest(http, '/api/client-config')).flush(null, { status: 503, statusText: 'Unavailable' });
    await expect(signing).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE' });
    expect(sockets.urls).toEqual(['ws://127.0.0.1:13580']);
  });
});
