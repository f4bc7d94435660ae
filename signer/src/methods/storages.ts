/**
 * The national agent's names for stores. This agent serves hardware tokens through PKCS#11, which
 * it calls `PKCS11`; the national agent names each kind of token `AK…Store`, and pages ask for
 * them by those names. A key file is `PKCS12`.
 */
export const isTokenStorage = (storage: string) => storage === 'PKCS11' || /^AK\w*Store$/.test(storage);
export const FILE_STORAGE = 'PKCS12';
export const servesStorage = (storage: string) => isTokenStorage(storage) || storage === FILE_STORAGE;

/**
 * Where the key for a request is: on a connected token when the page allows tokens, else in a key
 * file when it allows files (no list: any store). The national agent lets the user pick among the
 * allowed stores; this agent takes the token when there is one. The tokens are only looked at when
 * a file is allowed too: a page that allows only tokens (the bank's own) pays nothing for this.
 */
export function keyStoreFor(
  allowed: readonly string[] | null | undefined,
  tokenConnected: () => boolean,
): 'token' | 'file' {
  const any = !allowed?.length;
  if (!any && !allowed.includes(FILE_STORAGE)) return 'token';
  return (any || allowed.some(isTokenStorage)) && tokenConnected() ? 'token' : 'file';
}

/** What `getActiveTokens` reports for the connected tokens: the bank issues KAZTOKENs. */
export const TOKEN_STORAGE = 'AKKaztokenStore';
