import type { Awaiting, Channel, SignatureRight } from '@qoltanba/workflows/domain';

/** What a document awaits of one person, if anything: their signature, or their EDS sending it. */
export type AwaitedOfMe = 'SIGNATURE' | 'DISPATCH_EDS' | undefined;

/**
 * Whether a document waits for this person, by the rules the workflow applies (signature-policy.ts):
 * a signature of their right they have not given yet; or, approved by OTP and complete, the EDS
 * from the Standard channel that sends it, which anyone with a signing right and Standard gives.
 */
export function awaitedOfMe(
  awaiting: Awaiting,
  person: { userId: string; right: SignatureRight; channels: readonly Channel[] },
): AwaitedOfMe {
  if (person.right === 'NONE') return undefined;
  if (
    awaiting.kind === 'SIGNATURE' &&
    awaiting.rights.includes(person.right) &&
    !awaiting.excludedUserIds.includes(person.userId)
  ) {
    return 'SIGNATURE';
  }
  if (awaiting.kind === 'DISPATCH_EDS' && person.channels.includes('STANDARD')) return 'DISPATCH_EDS';
  return undefined;
}
