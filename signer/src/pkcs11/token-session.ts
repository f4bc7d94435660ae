import type pkcs11js from 'pkcs11js';
import type { AgentLog } from '../agent-log.js';
import type { SigningThread } from './signing-thread.js';

/**
 * One open PKCS#11 session. It lives only inside `TokenLibrary.withSession`, which opens, logs in,
 * logs out and closes it; this class only works within it.
 */
export class TokenSession {
  constructor(
    private readonly pkcs11: pkcs11js.PKCS11,
    readonly handle: pkcs11js.Handle,
    private readonly signingThread: () => SigningThread,
    /** The agent's log, for what happened on the token that the user does not see. */
    readonly log: AgentLog,
  ) {}

  /** Every object matching the template; the search is always finalized. */
  findObjects(template: pkcs11js.Template): pkcs11js.Handle[] {
    this.pkcs11.C_FindObjectsInit(this.handle, template);
    try {
      const found: pkcs11js.Handle[] = [];
      for (;;) {
        const batch = this.pkcs11.C_FindObjects(this.handle, 64);
        if (batch.length === 0) return found;
        found.push(...batch);
      }
    } finally {
      this.pkcs11.C_FindObjectsFinal(this.handle);
    }
  }

  /** Attribute values by type; a sensitive attribute makes the token refuse the whole read. */
  readAttributes(object: pkcs11js.Handle, types: number[]): Map<number, Buffer> {
    const values = this.pkcs11.C_GetAttributeValue(
      this.handle,
      object,
      types.map((type) => ({ type })),
    );
    return new Map(values.map((attribute) => [attribute.type, attribute.value]));
  }

  readAttribute(object: pkcs11js.Handle, type: number): Buffer {
    return this.readAttributes(object, [type]).get(type) ?? Buffer.alloc(0);
  }

  /**
   * Signs on the token, from the signing thread: the agent keeps answering its socket and the PIN
   * page while the token computes. Signatures asked for one after another are made in that order,
   * with no pause between them; the session must not be used otherwise until they are all made.
   */
  sign(mechanism: number, key: pkcs11js.Handle, data: Buffer): Promise<Buffer> {
    return this.signingThread().sign(this.handle, key, mechanism, data);
  }

  generateKeyPair(
    mechanism: number,
    publicTemplate: pkcs11js.Template,
    privateTemplate: pkcs11js.Template,
  ): Promise<pkcs11js.KeyPair> {
    return this.pkcs11.C_GenerateKeyPairAsync(this.handle, { mechanism }, publicTemplate, privateTemplate);
  }

  createObject(template: pkcs11js.Template): pkcs11js.Handle {
    return this.pkcs11.C_CreateObject(this.handle, template);
  }

  random(length: number): Buffer {
    return this.pkcs11.C_GenerateRandom(this.handle, Buffer.alloc(length));
  }

  /** Changes the PIN of whoever is logged in (the user, after logging in with the current PIN). */
  setPin(oldPin: string, newPin: string): void {
    this.pkcs11.C_SetPIN(this.handle, oldPin, newPin);
  }

  /** Sets the user PIN; the security officer must be logged in. It also unblocks a locked PIN. */
  initUserPin(newPin: string): void {
    this.pkcs11.C_InitPIN(this.handle, newPin);
  }
}
