import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it } from '@jest/globals';
import {
  APPLICATION_EVENTS,
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  CHANGE_REQUEST_EVENTS,
  CHANGE_REQUEST_STATUSES,
  CHANGE_TYPES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  REGISTRATION_STATUSES,
  REISSUE_STATUSES,
  TIMELINE_EVENTS,
} from '@qoltanba/workflows/domain';
import { en } from '../../core/i18n/translations/en';
import { kk } from '../../core/i18n/translations/kk';
import { ru } from '../../core/i18n/translations/ru';
import { OPS_ERROR_CODES, opsError } from '../staff-errors';
import { durationParts } from './duration.component';
import type { ProcessType } from './ops-api';
import {
  ACTIVITY_STATES,
  AWAITED_PARTIES,
  EXECUTION_STATUSES,
  HISTORY_KINDS,
  OPERATOR_ACTIONS,
  PROCESS_TYPES,
  TARIFF_RUN_STATUSES,
  activityStateKey,
  executionStatusKey,
  historyKindKey,
  kindKey,
  statusKey,
  statusTone,
  timelineEventKey,
} from './process-words';

type Tree = { readonly [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const LANGUAGES = { en, kk, ru } as unknown as Record<string, Tree>;

/** Every code of each kind of process the console may meet, as the domain lists them. */
const STATUSES: Record<ProcessType, readonly string[]> = {
  payment: DOCUMENT_STATUSES,
  application: APPLICATION_STATUSES,
  'token-registration': REGISTRATION_STATUSES,
  'token-reissue': REISSUE_STATUSES,
  'change-request': CHANGE_REQUEST_STATUSES,
  'tariff-run': TARIFF_RUN_STATUSES,
  'self-check': [],
};
const EVENTS: Partial<Record<ProcessType, readonly string[]>> = {
  payment: TIMELINE_EVENTS,
  application: APPLICATION_EVENTS,
  'change-request': CHANGE_REQUEST_EVENTS,
};
const KINDS: Partial<Record<ProcessType, readonly string[]>> = {
  payment: DOCUMENT_TYPES,
  application: APPLICATION_KINDS,
  'change-request': CHANGE_TYPES,
};

describe('the operations console’s words', () => {
  it('has a text in every language for each key the console builds', () => {
    const keys = [
      ...PROCESS_TYPES.map((type) => `staff.ops.type.${type}`),
      ...AWAITED_PARTIES.map((party) => `staff.ops.awaiting.${party}`),
      ...PROCESS_TYPES.flatMap((type) => STATUSES[type].map((status) => statusKey(type, status))),
      ...PROCESS_TYPES.flatMap((type) =>
        (EVENTS[type] ?? []).map((event) => timelineEventKey(type, 'PROCESS', event)),
      ),
      ...PROCESS_TYPES.flatMap((type) => (KINDS[type] ?? []).map((kind) => kindKey(type, kind))),
      ...OPERATOR_ACTIONS.map((action) => timelineEventKey('payment', 'OPERATOR', action)),
      ...HISTORY_KINDS.map(historyKindKey),
      ...EXECUTION_STATUSES.map(executionStatusKey),
      ...ACTIVITY_STATES.map(activityStateKey),
      ...OPS_ERROR_CODES.map((code) => `staff.ops.errors.${code}`),
      ...(['days', 'hours', 'minutes', 'seconds'] as const).map((unit) => `staff.ops.duration.${unit}`),
      ...(['WORKFLOW', 'ACTIVITY'] as const).map((kind) => `staff.ops.platform.queueKind.${kind}`),
      ...(['CLIENT', 'STAFF', 'ANONYMOUS', 'SYSTEM'] as const).map(
        (kind) => `staff.ops.audit.actorKind.${kind}`,
      ),
    ];
    expect(keys.filter((key) => key === undefined)).toEqual([]);
    for (const [language, tree] of Object.entries(LANGUAGES))
      expect({ language, missing: keys.filter((key) => !text(tree, key!)) }).toEqual({
        language,
        missing: [],
      });
  });

  it('says a status in words where the app has them, and leaves the others codes', () => {
    expect(statusKey('payment', 'EXECUTED')).toBe('status.EXECUTED');
    expect(statusKey('application', 'REFUSED_BY_BANK')).toBe('status.REFUSED_BY_BANK');
    expect(statusKey('token-registration', 'AWAITING_KEYS')).toBe('staff.registrationStatus.AWAITING_KEYS');
    expect(statusKey('change-request', 'PENDING_CHECK')).toBe('staff.changeStatus.PENDING_CHECK');
    expect(statusKey('self-check', 'DONE')).toBeUndefined();
    expect(statusKey('payment', 'SOMETHING_NEW')).toBeUndefined();
  });

  it('marks an operator’s action apart from the process’s own events', () => {
    expect(timelineEventKey('payment', 'PROCESS', 'SENT_TO_BANK')).toBe('timeline.SENT_TO_BANK');
    expect(timelineEventKey('payment', 'OPERATOR', 'OPS_PROCESS_RETRY')).toBe(
      'staff.ops.action.OPS_PROCESS_RETRY',
    );
    expect(timelineEventKey('payment', 'OPERATOR', 'SENT_TO_BANK')).toBeUndefined();
    expect(timelineEventKey('token-registration', 'PROCESS', 'TOKEN_CHOSEN')).toBeUndefined();
  });

  it('colours a status by what it means, whatever the kind', () => {
    expect(statusTone('EXECUTED')).toBe('good');
    expect(statusTone('APPLIED')).toBe('good');
    expect(statusTone('REJECTED_BY_BANK')).toBe('bad');
    expect(statusTone('AWAITING_KEYS')).toBe('waiting');
    expect(statusTone('PENDING_CHECK')).toBe('waiting');
    expect(statusTone('SENT_TO_BANK')).toBe('progress');
    expect(statusTone('WITHDRAWN')).toBe('neutral');
  });

  it('tells a span of time by its two largest units', () => {
    expect(durationParts(0)).toEqual([{ unit: 'seconds', n: 0 }]);
    expect(durationParts(42.7)).toEqual([{ unit: 'seconds', n: 42 }]);
    expect(durationParts(300)).toEqual([{ unit: 'minutes', n: 5 }]);
    expect(durationParts(3_725)).toEqual([
      { unit: 'hours', n: 1 },
      { unit: 'minutes', n: 2 },
    ]);
    expect(durationParts(86_400 * 3 + 59)).toEqual([{ unit: 'days', n: 3 }]);
  });
});

describe(opsError.name, () => {
  const refusal = (status: number, code: string) =>
    new HttpErrorResponse({ status, error: { code, message: '', details: {} } });

  it('explains the console’s own refusals, then the staff’s, then the common ones', () => {
    expect(opsError(refusal(409, 'OPS_NOTHING_TO_RETRY')).key).toBe('staff.ops.errors.OPS_NOTHING_TO_RETRY');
    expect(opsError(refusal(403, 'AUTH_FORBIDDEN_FOR_ROLE')).key).toBe(
      'staff.ops.errors.AUTH_FORBIDDEN_FOR_ROLE',
    );
    expect(opsError(refusal(400, 'VALIDATION_FAILED')).key).toBe('staff.errors.VALIDATION_FAILED');
    expect(opsError(refusal(503, 'SOMETHING_ELSE')).key).toBe('common.errors.unavailable');
  });
});
