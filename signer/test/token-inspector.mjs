// Looks at a token from another process, as any other PKCS#11 program on the computer could:
// logs in with the user PIN, finds the private key by CKA_ID, reports its protection attributes and
// tries to read its secret parts. Run by registration.spec.ts; prints one JSON object.
import pkcs11js from 'pkcs11js';

const { modulePath, label, pin, keyId } = JSON.parse(process.argv[2]);
const pkcs11 = new pkcs11js.PKCS11();
pkcs11.load(modulePath);
pkcs11.C_Initialize();
try {
  const slot = pkcs11
    .C_GetSlotList(true)
    .find((candidate) => pkcs11.C_GetTokenInfo(candidate).label.trim() === label);
  const session = pkcs11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
  try {
    pkcs11.C_Login(session, pkcs11js.CKU_USER, pin);
    pkcs11.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      { type: pkcs11js.CKA_ID, value: Buffer.from(keyId, 'hex') },
    ]);
    const [key] = pkcs11.C_FindObjects(session, 1);
    pkcs11.C_FindObjectsFinal(session);
    const flag = (type) => pkcs11.C_GetAttributeValue(session, key, [{ type }])[0].value[0] === 1;
    const attempt = (type) => {
      try {
        pkcs11.C_GetAttributeValue(session, key, [{ type }]);
        return 'read';
      } catch (error) {
        return /CKR_[A-Z_]+/.exec(error.message)?.[0] ?? error.message;
      }
    };
    const report = {
      token: flag(pkcs11js.CKA_TOKEN),
      private: flag(pkcs11js.CKA_PRIVATE),
      sensitive: flag(pkcs11js.CKA_SENSITIVE),
      extractable: flag(pkcs11js.CKA_EXTRACTABLE),
      alwaysSensitive: flag(pkcs11js.CKA_ALWAYS_SENSITIVE),
      neverExtractable: flag(pkcs11js.CKA_NEVER_EXTRACTABLE),
      readPrivateExponent: attempt(pkcs11js.CKA_PRIVATE_EXPONENT),
      readPrime: attempt(pkcs11js.CKA_PRIME_1),
    };
    pkcs11.C_Logout(session);
    process.stdout.write(JSON.stringify(report));
  } finally {
    pkcs11.C_CloseSession(session);
  }
} finally {
  pkcs11.C_Finalize();
  pkcs11.close();
}
