import { createRequire } from 'node:module';
import type * as workerThreads from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import pkcs11js from 'pkcs11js';

interface SignRequest {
  id: number;
  session: Uint8Array;
  key: Uint8Array;
  mechanism: number;
  data: Uint8Array;
}

type SignReply =
  | { id: number; signature: Uint8Array }
  | { id: number; error: { message: string; code?: number; method?: string } };

interface Waiting {
  resolve(signature: Buffer): void;
  reject(error: unknown): void;
}

/**
 * Signs on the token from a thread of its own, one request after another in the order given:
 * C_SignInit and C_Sign back to back, as fast as the token allows, while the agent's main thread
 * wraps finished signatures into CMS and keeps answering its socket and PIN page. (C_SignAsync
 * alone left the token idle between documents: each signature waited for the main thread to
 * notice it and to start the next one.)
 *
 * The thread loads the same PKCS#11 library, whose state is process-wide: sessions the main
 * thread opened and logged in are used as they are. The main thread initializes and finalizes
 * the library; the thread never does. A session is used by one thread at a time: the main thread
 * leaves it alone while its signatures are under way.
 */
export class SigningThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private stopped = false;

  constructor(modulePath: string) {
    // The thread's code is the function below as text, so the same file serves the build and the
    // specs (which run the TypeScript sources, where no compiled file sits beside this one).
    this.worker = new Worker(`(${signingLoop.toString()})(require)`, {
      eval: true,
      workerData: { pkcs11js: createRequire(import.meta.url).resolve('pkcs11js'), modulePath },
    });
    this.worker.unref();
    this.worker.on('message', (reply: SignReply) => this.settle(reply));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => {
      this.stopped = true;
      this.failAll(new Error('The signing thread has stopped.'));
    });
  }

  /** False once the thread has ended (stopped, or failed): a new one must take its place. */
  get running(): boolean {
    return !this.stopped;
  }

  sign(session: pkcs11js.Handle, key: pkcs11js.Handle, mechanism: number, data: Buffer): Promise<Buffer> {
    const id = this.nextId++;
    const request: SignRequest = { id, session, key, mechanism, data };
    if (this.stopped) return Promise.reject(new Error('The signing thread has stopped.'));
    return new Promise<Buffer>((resolve, reject) => {
      // Held open only while signatures are under way, so an idle agent can still exit.
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(reply: SignReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.forget(reply.id);
    if ('signature' in reply) waiting.resolve(Buffer.from(reply.signature));
    else waiting.reject(new pkcs11js.Pkcs11Error(reply.error.message, reply.error.code, reply.error.method));
  }

  private failAll(error: unknown): void {
    for (const [id, waiting] of this.waiting) {
      this.forget(id);
      waiting.reject(error);
    }
  }

  private forget(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }
}

/**
 * The thread's whole program. Self-contained (it runs as text in the thread): everything comes
 * through `require` and `workerData`.
 */
function signingLoop(require: NodeJS.Require): void {
  const thread = require('node:worker_threads') as typeof workerThreads;
  const parentPort = thread.parentPort!;
  const { pkcs11js: pkcs11jsPath, modulePath } = thread.workerData as {
    pkcs11js: string;
    modulePath: string;
  };
  const pkcs11module = require(pkcs11jsPath) as typeof pkcs11js;
  const pkcs11 = new pkcs11module.PKCS11();
  pkcs11.load(modulePath);
  try {
    pkcs11.C_Initialize({ flags: pkcs11module.CKF_OS_LOCKING_OK });
  } catch (error) {
    // The expected answer: the main thread initialized the library for the whole process.
    if ((error as { code?: number }).code !== pkcs11module.CKR_CRYPTOKI_ALREADY_INITIALIZED) throw error;
  }
  // Room for the signature of the largest key a token may hold (RSA-8192).
  const output = Buffer.alloc(1024);
  parentPort.on('message', (request: SignRequest) => {
    const session = Buffer.from(request.session);
    try {
      pkcs11.C_SignInit(session, { mechanism: request.mechanism }, Buffer.from(request.key));
      const signature = new Uint8Array(pkcs11.C_Sign(session, Buffer.from(request.data), output));
      parentPort.postMessage({ id: request.id, signature }, [signature.buffer]);
    } catch (error) {
      const { message, code, method } = error as { message: string; code?: number; method?: string };
      parentPort.postMessage({ id: request.id, error: { message, code, method } });
    }
  });
}
