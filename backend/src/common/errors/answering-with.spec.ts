import { describe, expect, it } from '@jest/globals';
import { ApiError, answeringWith } from './api-error.js';
import { FeatureError } from './feature-error.js';

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('Nothing was thrown.');
}

describe(answeringWith.name, () => {
  const atLogIn = answeringWith({ EDS_SIGNATURE_INVALID: 401 });

  it('gives the codes it names the endpoint’s status, keeping code, message and details', () => {
    const refusal = new FeatureError('EDS_SIGNATURE_INVALID', 'The signature does not verify.', {
      field: 'cms',
      check: 'SIGNATURE',
    });

    const answered = thrownBy(() => atLogIn(refusal));

    expect(answered).toBeInstanceOf(ApiError);
    expect(answered).toMatchObject({
      status: 401,
      code: 'EDS_SIGNATURE_INVALID',
      message: 'The signature does not verify.',
      details: { field: 'cms', check: 'SIGNATURE' },
    });
  });

  it('passes every other error on as it came', () => {
    const other = new FeatureError('AUTH_USER_BLOCKED', 'Your access is blocked.');
    const fault = new TypeError('boom');

    expect(thrownBy(() => atLogIn(other))).toBe(other);
    expect(thrownBy(() => atLogIn(fault))).toBe(fault);
  });
});
