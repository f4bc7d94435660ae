import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { type ParsedCertificate, parseCertificate } from '../crypto/certificate-details.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';

/** A key from a file and the certificate of its public key. */
export interface FileKey {
  certificate: ParsedCertificate;
  privateKey: KeyObject;
}

/** PKCS#12 bag types (RFC 7292 §4.2). */
const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  certificate: '1.2.840.113549.1.12.10.1.3',
};

/** The national CA's files are a few kilobytes; anything much larger is not one. */
export const MAX_KEY_FILE_BYTES = 32 * 1024;

/**
 * The keys of a PKCS#12 file (the national CA's `AUTH_RSA256_….p12` for log-in, `RSA256_….p12` for
 * signing), opened with its password by node-forge, which reads the legacy encryptions those files
 * use (3DES, RC2) as well as PBES2 with AES. The key stays in this process's memory for the request
 * that opened it; neither the file nor the password is kept or logged.
 */
export function openPkcs12(file: Uint8Array, password: string): FileKey[] {
  let structure: forge.asn1.Asn1;
  try {
    structure = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(file).toString('binary')));
  } catch {
    throw notPkcs12();
  }
  let store: forge.pkcs12.Pkcs12Pfx;
  try {
    store = forge.pkcs12.pkcs12FromAsn1(structure, password);
  } catch (error) {
    // A DER file that forge cannot open with this password: the MAC or a bag did not decrypt.
    if (/password|MAC|decrypt/i.test((error as Error).message)) {
      throw new AgentError(
        AgentErrorCode.KEY_FILE_PASSWORD_INCORRECT,
        'The password of the key file is wrong.',
      );
    }
    throw notPkcs12();
  }
  const certificates = bagsOf(store, BAG.certificate).flatMap((bag) =>
    bag.cert
      ? [
          parseCertificate(
            Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary'),
          ),
        ]
      : [],
  );
  const keys = [...bagsOf(store, BAG.shroudedKey), ...bagsOf(store, BAG.key)].flatMap((bag) =>
    bag.key ? [toKeyObject(bag.key)] : [],
  );
  return keys.flatMap((privateKey) => {
    const publicKeyInfo = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
    const certificate = certificates.find((candidate) => candidate.publicKeyInfo.equals(publicKeyInfo));
    return certificate ? [{ certificate, privateKey }] : [];
  });
}

function bagsOf(store: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return store.getBags({ bagType })[bagType] ?? [];
}

function toKeyObject(key: forge.pki.PrivateKey): KeyObject {
  const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key));
  return createPrivateKey({
    key: Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary'),
    format: 'der',
    type: 'pkcs8',
  });
}

function notPkcs12(): AgentError {
  return new AgentError(AgentErrorCode.KEY_FILE_INVALID, 'The file is not a PKCS#12 key store (.p12, .pfx).');
}
