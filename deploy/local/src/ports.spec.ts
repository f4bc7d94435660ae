import { createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { assertPortFree, findFreePort, isPortFree, outgoingPortRange } from './ports.js';
import { ToolError } from './tool-error.js';

describe(assertPortFree.name, () => {
  it('stops with a message naming the port, its use and the variable to change when the port is taken', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    try {
      const failure = await assertPortFree(port, 'the API', 'PORT').catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ToolError);
      expect((failure as ToolError).message).toContain(`Port ${port}`);
      expect((failure as ToolError).message).toContain('the API');
      expect((failure as ToolError).hint).toContain('PORT=<port>');
    } finally {
      server.close();
    }
  });

  it('passes for a free port', async () => {
    await expect(assertPortFree(await findFreePort(), 'the API', 'PORT')).resolves.toBeUndefined();
  });
});

describe(findFreePort.name, () => {
  it('picks free ports below the range outgoing connections take theirs from, never the same twice', async () => {
    const { low } = outgoingPortRange();
    const ports = [];
    for (let index = 0; index < 40; index++) ports.push(await findFreePort());
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) {
      expect(port).toBeLessThan(low);
      expect(port).toBeGreaterThanOrEqual(15_000);
      await expect(isPortFree(port)).resolves.toBe(true);
    }
  });
});
