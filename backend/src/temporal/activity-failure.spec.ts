import { describe, expect, it } from '@jest/globals';
import { ApplicationFailure } from '@temporalio/common';
import { DocumentRejection, DocumentRejectionCode } from '@qoltanba/workflows/domain';
import { FeatureError } from '../common/errors/feature-error.js';
import { asActivityFailure, failingAsActivity } from './activity-failure.js';

describe(asActivityFailure.name, () => {
  it('makes a feature error a non-retryable failure typed with its code, carrying its field', () => {
    const failure = asActivityFailure(
      new FeatureError('DOCUMENT_USER_BLOCKED', 'The signer is blocked.', { field: 'signerId', check: 'X' }),
    );

    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({
      type: 'DOCUMENT_USER_BLOCKED',
      message: 'The signer is blocked.',
      nonRetryable: true,
      details: [{ field: 'signerId' }],
    });
  });

  it('says field null when the error concerns no field, as a workflow’s own refusal does', () => {
    expect(asActivityFailure(new FeatureError('DOCUMENT_UNKNOWN_USER', 'Unknown signer.'))).toMatchObject({
      details: [{ field: null }],
    });
  });

  it('makes a domain refusal of a transition the activity applies final too, with its code and field', () => {
    const refusal = new DocumentRejection(
      DocumentRejectionCode.STALE_CONTENT,
      'The document changed while you were signing.',
      'contentHash',
    );

    expect(asActivityFailure(refusal)).toMatchObject({
      type: DocumentRejectionCode.STALE_CONTENT,
      nonRetryable: true,
      details: [{ field: 'contentHash' }],
    });
  });

  it('leaves any other error as it is, for Temporal to retry', () => {
    const outage = new Error('connection refused');

    expect(asActivityFailure(outage)).toBe(outage);
  });
});

describe(failingAsActivity.name, () => {
  it('answers what the activity answers, and fails with the activity failure of its feature error', async () => {
    const confirm = failingAsActivity(async (id: string) => {
      if (id === 'unknown') throw new FeatureError('DOCUMENT_UNKNOWN_USER', 'Unknown signer.');
      return `confirmed ${id}`;
    });

    await expect(confirm('u-1')).resolves.toBe('confirmed u-1');
    await expect(confirm('unknown')).rejects.toMatchObject({
      type: 'DOCUMENT_UNKNOWN_USER',
      nonRetryable: true,
    });
  });
});
