import { createServer } from 'node:net';
import { ToolError } from './tool-error.js';

/** Resolves when the port can be bound on 127.0.0.1, rejects with a clear message when it is taken. */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new ToolError(
      `Port ${port} on 127.0.0.1, wanted for ${what}, is already in use.`,
      `Stop whatever listens there (is another \`npm start\` running?) or choose another port with ${envVar}=<port>.`,
    );
  }
}

/** Whether the port can be bound on 127.0.0.1 right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the kernel reports free right now; good enough for test servers started immediately after. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
