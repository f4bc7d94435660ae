import type { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import type { RawSigner } from './pending-signature.js';
import { EKU } from './certificate-details.js';
import { type KazakhSubject, kazakhName } from './kazakh-subject.js';
import type { SigningProfile } from './signing-profile.js';
import * as x509 from './x509.js';
import { bufferSource } from './buffer-source.js';

export type CertificatePurpose = 'signing' | 'authentication';

const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';

/** The key usages the National Certification Authority gives each kind of certificate. */
const PURPOSE_EXTENSIONS: Record<CertificatePurpose, () => x509.Extension[]> = {
  signing: () => [
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
      true,
    ),
    new x509.ExtendedKeyUsageExtension([EKU.signing]),
  ],
  authentication: () => [
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true,
    ),
    new x509.ExtendedKeyUsageExtension([EKU.clientAuthentication]),
  ],
};

/**
 * pkijs signs through a crypto engine; this one hands the bytes to the token and names the
 * profile's algorithm, so the private key never needs to be a WebCrypto key.
 */
class TokenSigningEngine extends pkijs.CryptoEngine {
  constructor(
    private readonly profile: SigningProfile,
    private readonly signer: RawSigner,
  ) {
    super({ crypto: globalThis.crypto });
  }

  override async getSignatureParameters(): Promise<pkijs.CryptoEngineSignatureParams> {
    return {
      signatureAlgorithm: this.profile.signatureAlgorithm(),
      parameters: { algorithm: { name: this.profile.id }, usages: ['sign'] },
    };
  }

  override async signWithPrivateKey(data: ArrayBuffer | ArrayBufferView): Promise<ArrayBuffer> {
    const bytes = ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);
    const signature = await this.signer(bytes);
    return signature.buffer.slice(
      signature.byteOffset,
      signature.byteOffset + signature.byteLength,
    ) as ArrayBuffer;
  }
}

/** Stands for the key on the token in pkijs's signing call; the engine above never reads it. */
const TOKEN_KEY = {
  type: 'private',
  extractable: false,
  usages: ['sign'],
  algorithm: { name: 'token' },
} as unknown as webcrypto.CryptoKey;

/**
 * A PKCS#10 certificate request (RFC 2986) with a Kazakh subject and the extensions of its purpose,
 * proving possession of the token key by its signature.
 */
export async function createCertificateRequest(
  input: {
    subject: KazakhSubject;
    purpose: CertificatePurpose;
    publicKeyInfo: Uint8Array;
    profile: SigningProfile;
  },
  sign: RawSigner,
): Promise<Buffer> {
  const extensions = PURPOSE_EXTENSIONS[input.purpose]().map((extension) =>
    pkijs.Extension.fromBER(extension.rawData),
  );
  const request = new pkijs.CertificationRequest({
    version: 0,
    subject: pkijs.RelativeDistinguishedNames.fromBER(
      new x509.Name(kazakhName(input.subject)).toArrayBuffer(),
    ),
    subjectPublicKeyInfo: pkijs.PublicKeyInfo.fromBER(bufferSource(input.publicKeyInfo)),
    attributes: [
      new pkijs.Attribute({
        type: EXTENSION_REQUEST,
        values: [new pkijs.Extensions({ extensions }).toSchema()],
      }),
    ],
  });
  await request.sign(TOKEN_KEY, undefined, new TokenSigningEngine(input.profile, sign));
  return Buffer.from(request.toSchema(true).toBER());
}
