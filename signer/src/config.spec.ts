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

  it("serves the secure socket on the national agent's port 13579 unless told another or off", () => {
    expect(loadSignerConfig({}).tlsPort).toBe(13_579);
    expect(loadSignerConfig({ SIGNER_TLS_PORT: '14579' }).tlsPort).toBe(14_579);
    expect(loadSignerConfig({ SIGNER_TLS_PORT: 'off' }).tlsPort).toBeUndefined();
    expect(loadSignerConfig({ SIGNER_TLS_PORT: 'OFF' }).tlsPort).toBeUndefined();
    expect(loadSignerConfig({ SIGNER_TLS_PORT: '0' }).tlsPort).toBeUndefined();
    expect(() => loadSignerConfig({ SIGNER_TLS_PORT: 'on' })).toThrow(/SIGNER_TLS_PORT/);
    expect(() => loadSignerConfig({ SIGNER_TLS_PORT: '70000' })).toThrow(/SIGNER_TLS_PORT/);
  });

  it("keeps its local CA in the user's XDG data folder unless SIGNER_DATA_DIR names another", () => {
    expect(loadSignerConfig({ HOME: '/home/aigerim' }).dataDir).toBe(
      '/home/aigerim/.local/share/qoltanba-signer',
    );
    expect(loadSignerConfig({ HOME: '/home/aigerim', XDG_DATA_HOME: '/data' }).dataDir).toBe(
      '/data/qoltanba-signer',
    );
    expect(loadSignerConfig({ SIGNER_DATA_DIR: '/srv/signer' }).dataDir).toBe('/srv/signer');
  });
});
