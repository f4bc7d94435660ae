import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pkcs11js from 'pkcs11js';
import { SigningThread } from '../src/pkcs11/signing-thread.js';
import { createTestTokens } from './token-fixture.js';

/** A token's RSA key pair, logged in from this (the main) thread, as the agent's sessions are. */
describe(SigningThread.name, () => {
  const pkcs11 = new pkcs11js.PKCS11();
  let modulePath: string;
  let thread: SigningThread;
  let session: pkcs11js.Handle;
  let privateKey: pkcs11js.Handle;
  let publicKey: ReturnType<typeof createPublicKey>;

  beforeAll(async () => {
    const created = await createTestTokens('signing-thread');
    modulePath = created.modulePath;
    const token = created.tokens[0]!;
    pkcs11.load(modulePath);
    pkcs11.C_Initialize({ flags: pkcs11js.CKF_OS_LOCKING_OK });
    const slot = pkcs11
      .C_GetSlotList(true)
      .find((candidate) => pkcs11.C_GetTokenInfo(candidate).label.trim() === token.label)!;
    session = pkcs11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    pkcs11.C_Login(session, pkcs11js.CKU_USER, token.userPin);
    const keys = pkcs11.C_GenerateKeyPair(
      session,
      { mechanism: pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN },
      [
        { type: pkcs11js.CKA_MODULUS_BITS, value: 2048 },
        { type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
        { type: pkcs11js.CKA_VERIFY, value: true },
      ],
      [{ type: pkcs11js.CKA_SIGN, value: true }],
    );
    privateKey = keys.privateKey;
    const [modulus, exponent] = pkcs11
      .C_GetAttributeValue(session, keys.publicKey, [
        { type: pkcs11js.CKA_MODULUS },
        { type: pkcs11js.CKA_PUBLIC_EXPONENT },
      ])
      .map((attribute) => attribute.value.toString('base64url'));
    publicKey = createPublicKey({ key: { kty: 'RSA', n: modulus, e: exponent }, format: 'jwk' });
    thread = new SigningThread(modulePath);
  });

  afterAll(async () => {
    await thread?.stop();
    pkcs11.C_Logout(session);
    pkcs11.C_CloseSession(session);
    pkcs11.C_Finalize();
    pkcs11.close();
  });

  it('signs with a session logged in on the main thread, each signature over its own data', async () => {
    const documents = Array.from({ length: 24 }, (_, n) => Buffer.from(`signed attributes of document ${n}`));
    const signatures = await Promise.all(
      documents.map((data) => thread.sign(session, privateKey, pkcs11js.CKM_SHA256_RSA_PKCS, data)),
    );
    signatures.forEach((signature, n) => {
      expect(verify('sha256', documents[n]!, publicKey, signature)).toBe(true);
      expect(verify('sha256', documents[(n + 1) % documents.length]!, publicKey, signature)).toBe(false);
    });
  });

  it("passes the token's refusal on as a PKCS#11 error, and goes on signing afterwards", async () => {
    const missingKey = Buffer.alloc(privateKey.length, 0xff);
    const refused = thread.sign(session, missingKey, pkcs11js.CKM_SHA256_RSA_PKCS, Buffer.from('x'));
    const error = await refused.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(pkcs11js.Pkcs11Error);
    // SoftHSM2 names the missing key an invalid object handle; other tokens, an invalid key handle.
    expect([pkcs11js.CKR_OBJECT_HANDLE_INVALID, pkcs11js.CKR_KEY_HANDLE_INVALID]).toContain(
      (error as pkcs11js.Pkcs11Error).code,
    );

    const data = Buffer.from('the next document');
    const signature = await thread.sign(session, privateKey, pkcs11js.CKM_SHA256_RSA_PKCS, data);
    expect(verify('sha256', data, publicKey, signature)).toBe(true);
  });

  it('refuses at once, instead of waiting forever, once its thread has stopped', async () => {
    const stopped = new SigningThread(modulePath);
    await stopped.stop();
    expect(stopped.running).toBe(false);
    await expect(
      stopped.sign(session, privateKey, pkcs11js.CKM_SHA256_RSA_PKCS, Buffer.from('x')),
    ).rejects.toThrow('The signing thread has stopped.');
  });
});
