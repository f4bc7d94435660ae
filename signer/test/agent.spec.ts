import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { type RunningAgent, startAgent } from '../src/agent.js';
import { createTestTokens, type TestToken } from './token-fixture.js';

const PAGE_ORIGIN = 'http://127.0.0.1:3000';

describe('signing agent over WebSocket, with a SoftHSM2 token', () => {
  let token: TestToken;
  let agent: RunningAgent;
  const logged: string[] = [];

  beforeAll(async () => {
    const created = await createTestTokens('agent-test');
    token = created.tokens[0]!;
    agent = await startAgent(
      { port: 0, pkcs11Module: created.modulePath, allowedOrigins: [PAGE_ORIGIN] },
      (event, fields) => logged.push(JSON.stringify({ event, ...fields })),
    );
  });
  afterAll(async () => {
    await agent?.stop();
  });

  it('lists the connected token by label and state, revealing no PIN', async () => {
    const answer = await ask({ module: 'kz.qoltanba.agent', method: 'listTokens' });
    expect(answer.status).toBe(true);
    const result = (answer.body as { result: Record<string, unknown>[] }).result;
    expect(result.find((listed) => listed.label === token.label)).toEqual(
      expect.objectContaining({ manufacturer: 'SoftHSM project', initialized: true, userPinLocked: false }),
    );
    // SoftHSM2 always offers one more, empty slot: what a fresh KAZTOKEN looks like.
    expect(result.some((listed) => listed.initialized === false)).toBe(true);
    expect(JSON.stringify(answer)).not.toMatch(/12345678|87654321/);
  });

  it('answers an unknown method with UNKNOWN_METHOD and echoes the request id', async () => {
    const answer = await ask({ id: 7, module: 'kz.qoltanba.agent', method: 'formatEverything' });
    expect(answer).toEqual({ id: 7, status: false, code: 'UNKNOWN_METHOD', message: expect.any(String) });
  });

  it('answers a message that is not JSON with MALFORMED_REQUEST instead of dropping the socket', async () => {
    const answer = await ask('{"module":');
    expect(answer).toMatchObject({ status: false, code: 'MALFORMED_REQUEST' });
  });

  it('refuses the WebSocket handshake of a page from an origin it was not configured for', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${agent.port}`, { origin: 'https://evil.example' });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('error', (error) => resolve(error.message));
    });
    expect(outcome).toMatch(/Unexpected server response: 401/);
    expect(logged.some((line) => line.includes('evil.example'))).toBe(true);
  });

  async function ask(request: object | string): Promise<Record<string, unknown>> {
    const socket = new WebSocket(`ws://127.0.0.1:${agent.port}`, { origin: PAGE_ORIGIN });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    try {
      const reply = new Promise<string>((resolve) =>
        socket.once('message', (data: Buffer) => resolve(data.toString())),
      );
      socket.send(typeof request === 'string' ? request : JSON.stringify(request));
      return JSON.parse(await reply) as Record<string, unknown>;
    } finally {
      socket.close();
    }
  }
});
