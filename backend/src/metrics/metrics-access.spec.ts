import { describe, expect, it } from '@jest/globals';
import { metricsAccess } from './metrics-access.js';

const TOKEN = 'a-long-random-token-for-prometheus-1234';
const withToken = (nodeEnv: 'development' | 'test' | 'production') => ({
  nodeEnv,
  metrics: { token: TOKEN, workerPort: undefined, workerHost: '127.0.0.1' },
});
const withoutToken = (nodeEnv: 'development' | 'test' | 'production') => ({
  nodeEnv,
  metrics: { token: undefined, workerPort: undefined, workerHost: '127.0.0.1' },
});

describe(metricsAccess.name, () => {
  it('answers only a caller presenting METRICS_TOKEN as a bearer token when one is configured', () => {
    for (const nodeEnv of ['development', 'production'] as const) {
      expect(metricsAccess(withToken(nodeEnv), `Bearer ${TOKEN}`)).toBe('allowed');
      expect(metricsAccess(withToken(nodeEnv), `bearer ${TOKEN}`)).toBe('allowed');
      expect(metricsAccess(withToken(nodeEnv), undefined)).toBe('refused');
      expect(metricsAccess(withToken(nodeEnv), `Bearer ${TOKEN.slice(0, -1)}`)).toBe('refused');
      expect(metricsAccess(withToken(nodeEnv), `Basic ${TOKEN}`)).toBe('refused');
      expect(metricsAccess(withToken(nodeEnv), TOKEN)).toBe('refused');
    }
  });

  it('is open without a token in development and test, and closed in production', () => {
    expect(metricsAccess(withoutToken('development'), undefined)).toBe('allowed');
    expect(metricsAccess(withoutToken('test'), undefined)).toBe('allowed');
    expect(metricsAccess(withoutToken('production'), undefined)).toBe('closed');
    expect(metricsAccess(withoutToken('production'), 'Bearer anything-at-all')).toBe('closed');
  });
});
