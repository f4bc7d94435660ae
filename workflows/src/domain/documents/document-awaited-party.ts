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

/** Whether a transition changed what the document awaits (its people are then told); true at creation. */
export function awaitingChanged(next: { awaiting: Awaiting }, previous?: { awaiting: Awaiting }): boolean {
  return !previous || JSON.stringify(next.awaiting) !== JSON.stringify(previous.awaiting);
}
