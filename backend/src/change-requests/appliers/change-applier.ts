import type { ChangeOutcome, ChangeType, StaffActor } from '@qoltanba/workflows/domain';
import type { EntityManager } from 'typeorm';
import { FeatureError } from '../../common/errors/feature-error.js';
import type { AnyChange } from '../dto/change.dto.js';

/** One field the change sets, as text a checker reads: its value now and after. */
export interface Difference {
  field: string;
  before: string | null;
  after: string | null;
}

/** What a change is to and what it would do, judged against the client as it is now. */
export interface Inspection {
  organizationId: string;
  /** One open request per target: e.g. `user:<id>:status`. */
  targetKey: string;
  /** What the change is to, in no language: a name, an IBAN, a serial (the type says what is done). */
  summary: string;
  differences: Difference[];
}

export interface ApplyContext {
  tx: EntityManager;
  requestId: string;
  /** For onboarding, the id the new organization takes. */
  organizationId: string;
  maker: StaffActor;
  checker: StaffActor | null;
  /** Seals what the maker hands over once (a PIN envelope) with the request. */
  sealForHandover(name: string, contents: object): Promise<void>;
}

/**
 * How one family of changes is checked, described and applied. `inspect` throws the feature's
 * error (with the field, under `change.`) for a change the client's data does not allow; it runs
 * at submission, for every view, and again inside the applying transaction.
 */
export interface ChangeApplier {
  readonly types: readonly ChangeType[];
  inspect(change: AnyChange, db: EntityManager, organizationId: string | null): Promise<Inspection>;
  apply(change: AnyChange, context: ApplyContext): Promise<ChangeOutcome>;
}

export const CHANGE_APPLIERS = Symbol('CHANGE_APPLIERS');

/** A value as a checker reads it in a difference. */
export function shown(
  value: string | number | boolean | readonly string[] | null | undefined,
): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return [...value].sort().join(', ');
  return String(value);
}

/** Differences of the fields that change (a field set to what it already is shows nothing). */
export function differencesOf(
  entries: readonly [field: string, before: string | null, after: string | null][],
): Difference[] {
  return entries
    .filter(([, before, after]) => before !== after)
    .map(([field, before, after]) => ({ field, before, after }));
}

/**
 * Rethrows another feature's error about `field` as about the change's field (`change.<field>`),
 * so a refusal names the field of the request the manager sent.
 */
export function underChange(field: string): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof FeatureError)) throw error;
    throw new FeatureError(error.code, error.message, { ...error.details, field: `change.${field}` });
  };
}
