import pkcs11js from 'pkcs11js';

/**
 * The baseline: C_Sign called directly in a loop with the same token key and mechanism the agent
 * uses (CKM_SHA256_RSA_PKCS over a signed-attributes-sized input), one login for the whole run.
 */
export function rawSignaturesPerSecond(options: {
  modulePath: string;
  tokenLabel: string;
  pin: string;
  keyId: string;
  seconds: number;
  maxSignatures: number;
}): { signatures: number; seconds: number } {
  const pkcs11 = new pkcs11js.PKCS11();
  pkcs11.load(options.modulePath);
  pkcs11.C_Initialize();
  try {
    const slot = pkcs11
      .C_GetSlotList(true)
      .find((candidate) => pkcs11.C_GetTokenInfo(candidate).label.trim() === options.tokenLabel);
    if (!slot) throw new Error(`No token ${options.tokenLabel}.`);
    const session = pkcs11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    try {
      pkcs11.C_Login(session, pkcs11js.CKU_USER, options.pin);
      try {
        pkcs11.C_FindObjectsInit(session, [
          { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
          { type: pkcs11js.CKA_ID, value: Buffer.from(options.keyId, 'hex') },
        ]);
        const [key] = pkcs11.C_FindObjects(session, 1);
        pkcs11.C_FindObjectsFinal(session);
        if (!key) throw new Error('The key is not on the token.');
        const data = Buffer.alloc(110, 0x31);
        const out = Buffer.alloc(512);
        const started = process.hrtime.bigint();
        const deadline = started + BigInt(options.seconds * 1e9);
        let signatures = 0;
        while (signatures < options.maxSignatures && process.hrtime.bigint() < deadline) {
          pkcs11.C_SignInit(session, { mechanism: pkcs11js.CKM_SHA256_RSA_PKCS }, key);
          pkcs11.C_Sign(session, data, out);
          signatures++;
        }
        return { signatures, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
      } finally {
        pkcs11.C_Logout(session);
      }
    } finally {
      pkcs11.C_CloseSession(session);
    }
  } finally {
    pkcs11.C_Finalize();
    pkcs11.close();
  }
}
