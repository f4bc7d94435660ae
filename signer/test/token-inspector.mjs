// Looks at a token from another process, as any other PKCS#11 program on the computer could: logs
// in with the user PIN (private keys show only then) and prints one JSON value. With a keyId: that
// private key's protection attributes and whether its secret parts can be read (registration.spec.ts).
// Without: every key object as { class, id, label } (registration-wizard.spec.ts counts them).
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
    const found = (template, count) => {
      pkcs11.C_FindObjectsInit(session, template);
      const handles = pkcs11.C_FindObjects(session, count);
      pkcs11.C_FindObjectsFinal(session);
      return handles;
    };
    const report = keyId ? protectionOf(found, keyId) : keysOf(found);
    pkcs11.C_Logout(session);
    process.stdout.write(JSON.stringify(report));
  } finally {
    pkcs11.C_CloseSession(session);
  }

  function protectionOf(found, id) {
    const [key] = found(
      [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
        { type: pkcs11js.CKA_ID, value: Buffer.from(id, 'hex') },
      ],
      1,
    );
    const flag = (type) => pkcs11.C_GetAttributeValue(session, key, [{ type }])[0].value[0] === 1;
    const attempt = (type) => {
      try {
        pkcs11.C_GetAttributeValue(session, key, [{ type }]);
        return 'read';
      } catch (error) {
        return /CKR_[A-Z_]+/.exec(error.message)?.[0] ?? error.message;
      }
    };
    return {
      token: flag(pkcs11js.CKA_TOKEN),
      private: flag(pkcs11js.CKA_PRIVATE),
      sensitive: flag(pkcs11js.CKA_SENSITIVE),
      extractable: flag(pkcs11js.CKA_EXTRACTABLE),
      alwaysSensitive: flag(pkcs11js.CKA_ALWAYS_SENSITIVE),
      neverExtractable: flag(pkcs11js.CKA_NEVER_EXTRACTABLE),
      readPrivateExponent: attempt(pkcs11js.CKA_PRIVATE_EXPONENT),
      readPrime: attempt(pkcs11js.CKA_PRIME_1),
    };
  }

  function keysOf(found) {
    const keys = [];
    for (const [name, keyClass] of [
      ['private', pkcs11js.CKO_PRIVATE_KEY],
      ['public', pkcs11js.CKO_PUBLIC_KEY],
    ]) {
      for (const handle of found([{ type: pkcs11js.CKA_CLASS, value: keyClass }], 1000)) {
        const [id, keyLabel] = pkcs11.C_GetAttributeValue(session, handle, [
          { type: pkcs11js.CKA_ID },
          { type: pkcs11js.CKA_LABEL },
        ]);
        keys.push({ class: name, id: id.value.toString('hex'), label: keyLabel.value.toString('utf8') });
      }
    }
    return keys;
  }
} finally {
  pkcs11.C_Finalize();
  pkcs11.close();
}
