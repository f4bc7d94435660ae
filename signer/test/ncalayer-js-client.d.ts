/** The part of the public client library (`ncalayer-js-client`, no types of its own) the tests drive. */
declare module 'ncalayer-js-client' {
  export class NCALayerError extends Error {
    canceledByUser?: boolean;
  }
  /** `basics.sign` in one format: a signature per document (one for a string, an array for an array). */
  type BasicsSign = (
    allowedStorages: string[] | null,
    data: string | string[],
    signingParams: Record<string, unknown>,
    signerParams: Record<string, unknown>,
    locale?: string,
  ) => Promise<string | string[]>;
  export class NCALayerClient {
    constructor(url?: string, allowKmdHttpApi?: boolean);
    isKmd: boolean;
    onResponseReady: ((text: string) => void) | null;
    connect(): Promise<string>;
    getActiveTokens(): Promise<string[]>;
    getKeyInfo(storageType: string): Promise<Record<string, string>>;
    basicsSignCMS: BasicsSign;
    basicsSignXML: BasicsSign;
    signXml(
      storageType: string,
      xml: string,
      keyType?: string,
      tbsElementXPath?: string,
      signatureParentElementXPath?: string,
    ): Promise<string>;
    signXmls(
      storageType: string,
      xmls: string[],
      keyType?: string,
      tbsElementXPath?: string,
      signatureParentElementXPath?: string,
    ): Promise<string[]>;
    createCAdESFromBase64(
      storageType: string,
      data: string,
      keyType?: string,
      attach?: boolean,
    ): Promise<string>;
    createCAdESFromBase64Hash(storageType: string, hash: string, keyType?: string): Promise<string>;
    changeLocale(localeId: string): Promise<void>;
    static get basicsCMSParamsDetached(): Record<string, unknown>;
    static get basicsCMSParamsAttached(): Record<string, unknown>;
    static get basicsCMSParamsDetachedHash(): Record<string, unknown>;
    static get basicsXMLParams(): Record<string, unknown>;
    static get basicsSignerSignAny(): Record<string, unknown>;
    static get basicsSignerSignOrg(): Record<string, unknown>;
    static get basicsSignerSignHead(): Record<string, unknown>;
    static get basicsStorageAll(): null;
  }
  const library: { NCALayerClient: typeof NCALayerClient; NCALayerError: typeof NCALayerError };
  export default library;
}
