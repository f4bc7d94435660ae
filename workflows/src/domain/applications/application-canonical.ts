import { canonicalJson } from '../canonical/canonical-json.js';
import { sha256Hex } from '../canonical/sha256-hex.js';
import { computeDeadline } from '../documents/document-deadline.js';
import type { ApplicationContent } from './application-content.js';
import type { ApplicationKind } from './application-kind.js';

export interface ApplicationContentInput {
  applicationId: string;
  organizationId: string;
  kind: ApplicationKind;
  number: string;
  revision: number;
  content: ApplicationContent;
}

/**
 * The exact text a signer signs: identity, number, revision and content as canonical JSON. A
 * letter's files are in it through their SHA-256, so the signature covers them too.
 */
export function applicationContent(input: ApplicationContentInput): string {
  return canonicalJson({
    type: 'APPLICATION',
    applicationId: input.applicationId,
    organizationId: input.organizationId,
    kind: input.kind,
    number: input.number,
    revision: input.revision,
    content: { ...input.content },
  });
}

export function applicationContentHash(input: ApplicationContentInput): string {
  return sha256Hex(applicationContent(input));
}

/** An application without a day of its own must be signed within this many days of its creation. */
export const APPLICATION_SIGNING_DAYS = 10;

/**
 * When an incompletely signed application expires: at the end (Almaty) of the day it is for — the
 * cash day, the value date — or, for those without one, some days after its creation.
 */
export function applicationDeadline(content: ApplicationContent, createdAt: string): string {
  const day = 'valueDate' in content ? content.valueDate : 'date' in content ? content.date : undefined;
  return day
    ? computeDeadline({ kind: 'END_OF_VALUE_DATE' }, day, createdAt)
    : computeDeadline({ kind: 'HOURS_AFTER_CREATION', hours: APPLICATION_SIGNING_DAYS * 24 }, '', createdAt);
}
