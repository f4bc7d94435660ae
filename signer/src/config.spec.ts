import { describe, expect, it } from '@jest/globals';
import { loadSignerConfig } from './config.js';

describe(loadSignerConfig.name, () => {
  it('listens on 127.0.0.1:13580 by default, beside the national agent on 13579', () => {
    expect(loadSignerConfig({})).toMatchObject({ host: '127.0.0.1', port: 13_580 });
  });

  it('gives the PIN prompt two minutes and generates RSA-2048 keys unless told otherwise', () => {
    expect(loadSignerConfig({})).toMatchObject({ pinTimeoutMs: 120_000, keyProfile: 'RSA-2048/SHA-256' });
    expect(loadSignerConfig({ SIGNER_PIN_TIMEOUT_SECONDS: '30' }).pinTimeoutMs).toBe(30_000);
    expect(() => loadSignerConfig({ SIGNER_KEY_PROFILE: 'GOST-512' })).toThrow(/SIGNER_KEY_PROFILE/);
  });

  it("shows its own pages in the system's browser unless another program is named", () => {
    expect(loadSignerConfig({}).browser).toBeUndefined();
    expect(loadSignerConfig({ SIGNER_BROWSER: 'chromium' }).browser).toBe('chromium');
  });

  it('splits the allowed origins list and refuses one that is not a URL, naming the variable', () => {
    expect(
      loadSignerConfig({ SIGNER_ALLOWED_ORIGINS: 'https://bank.kz, http://127.0.0.1:3000' }).allowedOrigins,
    ).toEqual(['https://bank.kz', 'http://127.0.0.1:3000']);
    expect(() => loadSignerConfig({ SIGNER_ALLOWED_ORIGINS: 'bank.kz' })).toThrow(/SIGNER_ALLOWED_ORIGINS/);
  });
});
