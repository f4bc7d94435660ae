/** RSA-2048 with SHA-256, as Web Crypto takes it: the key of every software CA and signer in the tests. */
export const TEST_RSA_KEY = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

export const DAY_MS = 86_400_000;
