/**
 * The national agent's names for stores. This agent serves hardware tokens through PKCS#11, which
 * it calls `PKCS11`; the national agent names each kind of token `AK…Store`, and pages ask for
 * them by those names.
 */
export const servesStorage = (storage: string) => storage === 'PKCS11' || /^AK\w*Store$/.test(storage);

/** What `getActiveTokens` reports for the connected tokens: the bank issues KAZTOKENs. */
export const TOKEN_STORAGE = 'AKKaztokenStore';
