// Lists every key object on a token from another process, as any other PKCS#11 program on the
// computer could: logs in with the user PIN (private keys show only then) and prints one JSON array
// of { class, id, label }. Run by registration-wizard.spec.ts to count what the agent left behind.
import pkcs11js from 'pkcs11js';

const { modulePath, label, pin } = JSON.parse(process.argv[2]);
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
    const keys = [];
    for (const [name, keyClass] of [
      ['private', pkcs11js.CKO_PRIVATE_KEY],
      ['public', pkcs11js.CKO_PUBLIC_KEY],
    ]) {
      pkcs11.C_FindObjectsInit(session, [{ type: pkcs11js.CKA_CLASS, value: keyClass }]);
      const handles = pkcs11.C_FindObjects(session, 1000);
      pkcs11.C_FindObjectsFinal(session);
      for (const handle of handles) {
        const [id, keyLabel] = pkcs11.C_GetAttributeValue(session, handle, [
          { type: pkcs11js.CKA_ID },
          { type: pkcs11js.CKA_LABEL },
        ]);
        keys.push({ class: name, id: id.value.toString('hex'), label: keyLabel.value.toString('utf8') });
      }
    }
    pkcs11.C_Logout(session);
    process.stdout.write(JSON.stringify(keys));
  } finally {
    pkcs11.C_CloseSession(session);
  }
} finally {
  pkcs11.C_Finalize();
  pkcs11.close();
}
