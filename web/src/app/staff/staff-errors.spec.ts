import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it } from '@jest/globals';
import {
  CHANGE_REQUEST_EVENTS,
  CHANGE_REQUEST_STATUSES,
  CHANGE_TYPES,
  FEE_PLANS,
} from '@qoltanba/workflows/domain';
import { en } from '../core/i18n/translations/en';
import { DIFFERENCE_FIELDS } from './changes/difference-label';
import { STAFF_ERROR_CODES, staffError } from './staff-errors';

const refusal = (status: number, code: string, details: object = {}) =>
  new HttpErrorResponse({ status, error: { code, message: '', details } });

describe(staffError.name, () => {
  it('explains a known refusal in words, with the field it concerns', () => {
    expect(staffError(refusal(422, 'ORG_IBAN_NOT_OUR_BANK', { field: 'change.accounts.0.iban' }))).toEqual({
      key: 'staff.errors.ORG_IBAN_NOT_OUR_BANK',
      field: 'change.accounts.0.iban',
    });
  });

  it('finds the field of a validation failure in its first violation', () => {
    const invalid = refusal(400, 'VALIDATION_FAILED', {
      violations: [{ field: 'change.users.0.email', code: 'IS_EMAIL', message: '' }],
    });
    expect(staffError(invalid)).toEqual({
      key: 'staff.errors.VALIDATION_FAILED',
      field: 'change.users.0.email',
    });
  });

  it('falls back to the common texts for the unexpected', () => {
    expect(staffError(refusal(503, 'SOMETHING_ELSE')).key).toBe('common.errors.unavailable');
    expect(staffError(refusal(500, 'INTERNAL_ERROR')).key).toBe('common.errors.unexpected');
  });
});

describe('the staff texts', () => {
  it('say every explained refusal, change type, status and event in words', () => {
    for (const code of STAFF_ERROR_CODES) expect(en.staff.errors).toHaveProperty(code);
    for (const type of CHANGE_TYPES) expect(en.staff.changeType).toHaveProperty(type);
    for (const status of CHANGE_REQUEST_STATUSES) expect(en.staff.changeStatus).toHaveProperty(status);
    for (const event of CHANGE_REQUEST_EVENTS) expect(en.staff.changeEvent).toHaveProperty(event);
    for (const field of DIFFERENCE_FIELDS) expect(en.staff.field).toHaveProperty(field);
    for (const plan of FEE_PLANS) expect(en.staff.tariffPlan).toHaveProperty(plan);
  });
});
