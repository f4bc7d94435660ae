/** The kinds of process; the read model, Temporal's visibility and the operators' console use these names. */
export const PROCESS_TYPES = [
  'payment',
  'application',
  'token-registration',
  'token-reissue',
  'change-request',
  'tariff-run',
  'self-check',
] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

/**
 * Who must act for a process to move: a person (a signer, the author), the system (the bank, an
 * activity), or nobody (final). Operators look for processes stuck on the system, not on people.
 */
export const AWAITED_PARTIES = ['PERSON', 'SYSTEM', 'NOBODY'] as const;
export type AwaitedParty = (typeof AWAITED_PARTIES)[number];
