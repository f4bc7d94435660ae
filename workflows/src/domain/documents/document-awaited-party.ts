import type { AwaitedParty } from '../process/process-kind.js';
import type { Awaiting } from './document-state.js';

/** Whether a document waits for one of its people, for the bank, or for nothing more. */
export function documentAwaitedParty(awaiting: Awaiting): AwaitedParty {
  switch (awaiting.kind) {
    case 'SUBMISSION':
    case 'SIGNATURE':
    case 'DISPATCH_EDS':
      return 'PERSON';
    case 'BANK':
      return 'SYSTEM';
    case 'NOTHING':
      return 'NOBODY';
  }
}
