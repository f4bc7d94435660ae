import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EXEMPTIBLE_CHANGE_TYPES } from '@qoltanba/workflows/domain';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { StaffPrincipal } from '../../core/auth/session';
import { SessionStore } from '../../core/auth/session.store';
import { en } from '../../core/i18n/translations/en';
import { kk } from '../../core/i18n/translations/kk';
import { ru } from '../../core/i18n/translations/ru';
import type { CheckingSettings } from '../staff-api';
import { SETTINGS_ERROR_CODES } from '../staff-errors';
import { CheckingSettingsPageComponent } from './checking-settings-page.component';

const URL = '/api/manager/settings/change-checking';

/** The API's view; three exemptible types, to show the page lists what the API says, not two it knows. */
function theSettings(overrides: Partial<CheckingSettings> = {}): CheckingSettings {
  return {
    expiryHours: 72,
    exemptTypes: ['BLOCK_OTP_DEVICE'],
    exemptibleTypes: ['SEND_TEMPORARY_PASSWORD', 'BLOCK_OTP_DEVICE', 'CANCEL_TOKEN_REGISTRATION'],
    ...overrides,
  };
}

describe(CheckingSettingsPageComponent.name, () => {
  let fixture: ComponentFixture<CheckingSettingsPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openAs(role: StaffPrincipal['role'], settings = theSettings()): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne('/api/auth/session').flush({
      principal: { kind: 'STAFF', staffId: 'staff-1', fullName: 'Сәуле Аға менеджер', role },
      passwordChangeRequired: false,
      idleTimeoutSeconds: 900,
      expiresAt: '2030-01-01T00:00:00Z',
    });
    await loading;
    fixture = TestBed.createComponent(CheckingSettingsPageComponent);
    (await nextRequest(http, URL)).flush(settings);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const element = <T extends HTMLElement = HTMLElement>(selector: string) =>
    page().querySelector<T>(selector);
  const checkbox = (type: string) => element<HTMLInputElement>(`#exempt-${type}`)!;
  const typeHours = (text: string) => {
    const hours = element<HTMLInputElement>('#expiry-hours')!;
    hours.value = text;
    hours.dispatchEvent(new Event('input'));
  };
  const save = () => element('button.save')!.click();

  it('shows a senior manager the waiting time and every type the API lets the bank exempt, named in words', async () => {
    await openAs('SENIOR_MANAGER');

    expect(element<HTMLInputElement>('#expiry-hours')!.value).toBe('72');
    const named = [...page().querySelectorAll('.exemptions li')].map((item) => item.textContent?.trim());
    expect(named).toEqual(['Temporary password', 'OTP device blocked', 'Token registration cancelled']);
    expect(checkbox('BLOCK_OTP_DEVICE').checked).toBe(true);
    expect(checkbox('SEND_TEMPORARY_PASSWORD').checked).toBe(false);
    expect(element('.read-only')).toBeNull();
  });

  it('saves the hours and the ticked types, in the API’s order, and says from when they apply', async () => {
    await openAs('SENIOR_MANAGER');
    typeHours('48');
    checkbox('CANCEL_TOKEN_REGISTRATION').click();
    checkbox('SEND_TEMPORARY_PASSWORD').click();
    save();
    const saving = await nextRequest(http, URL);

    expect(saving.request.method).toBe('PUT');
    expect(saving.request.body).toEqual({
      expiryHours: 48,
      exemptTypes: ['SEND_TEMPORARY_PASSWORD', 'BLOCK_OTP_DEVICE', 'CANCEL_TOKEN_REGISTRATION'],
    });
    saving.flush(
      theSettings({
        expiryHours: 48,
        exemptTypes: ['BLOCK_OTP_DEVICE', 'CANCEL_TOKEN_REGISTRATION', 'SEND_TEMPORARY_PASSWORD'],
      }),
    );
    await settle(fixture);

    expect(element('[role="status"]')?.textContent).toContain('requests submitted from now on');
    expect(element<HTMLInputElement>('#expiry-hours')!.value).toBe('48');
  });

  it('asks for whole hours from 1 to 720 at the field, sending nothing', async () => {
    await openAs('SENIOR_MANAGER');
    for (const wrong of ['0', '721', '2.5', '']) {
      typeHours(wrong);
      save();
      await settle(fixture);

      expect(element('#expiry-hours')!.getAttribute('aria-invalid')).toBe('true');
      expect(element('#expiry-hours-message.field-error')?.textContent).toContain('from 1 to 720');
    }
    http.expectNone(URL);
  });

  it('shows the server’s refusal of a type next to that type’s box', async () => {
    await openAs('SENIOR_MANAGER');
    checkbox('CANCEL_TOKEN_REGISTRATION').click();
    save();
    refuse(await nextRequest(http, URL), 422, 'CHANGE_TYPE_NOT_EXEMPTIBLE', { field: 'exemptTypes.1' });
    await settle(fixture);

    // The second type sent (BLOCK_OTP_DEVICE, CANCEL_TOKEN_REGISTRATION), not the second on the page.
    expect(checkbox('CANCEL_TOKEN_REGISTRATION').getAttribute('aria-invalid')).toBe('true');
    expect(element('#exempt-CANCEL_TOKEN_REGISTRATION-message')?.textContent).toContain(
      'always checked by a second manager',
    );
    expect(checkbox('BLOCK_OTP_DEVICE').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the server’s refusal of the hours at the hours, and one of nobody’s field above the form', async () => {
    await openAs('SENIOR_MANAGER');
    save();
    refuse(await nextRequest(http, URL), 400, 'VALIDATION_FAILED', {
      violations: [{ field: 'expiryHours', code: 'MAX', message: '' }],
    });
    await settle(fixture);

    expect(element('#expiry-hours')!.getAttribute('aria-invalid')).toBe('true');
    expect(element('#expiry-hours-message')?.textContent).toContain('Check the marked field');

    save();
    refuse(await nextRequest(http, URL), 403, 'AUTH_FORBIDDEN_FOR_ROLE');
    await settle(fixture);

    expect(element('[role="alert"]')?.textContent).toContain('Only a senior manager may change these rules');
    expect(element('#expiry-hours')!.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a manager the rules read-only, saying why, with each type’s check in words', async () => {
    await openAs('MANAGER');

    expect(element('.read-only')?.textContent).toContain('Only a senior manager may change these rules');
    expect(page().querySelector('input, select, form, button')).toBeNull();
    expect(element('.expiry-hours')?.textContent?.trim()).toBe('72 h');
    const rows = [...page().querySelectorAll<HTMLElement>('.exemptions li')];
    expect(
      rows.map((row) => [row.dataset['type'], row.querySelector('.badge')?.textContent?.trim()]),
    ).toEqual([
      ['SEND_TEMPORARY_PASSWORD', 'Checked by a second manager'],
      ['BLOCK_OTP_DEVICE', 'Without a check'],
      ['CANCEL_TOKEN_REGISTRATION', 'Checked by a second manager'],
    ]);
  });

  it('says so when the rules cannot be read', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CheckingSettingsPageComponent);
    refuse(await nextRequest(http, URL), 503, 'SERVICE_UNAVAILABLE');
    await settle(fixture);

    expect(element('[role="alert"]')?.textContent?.trim()).toBeTruthy();
    expect(element('form')).toBeNull();
  });
});

describe('the checking settings’ texts', () => {
  it('name every type the bank may exempt, and explain every refusal of the settings, in each language', () => {
    for (const texts of [en, ru, kk]) {
      for (const type of EXEMPTIBLE_CHANGE_TYPES) expect(texts.staff.changeType).toHaveProperty(type);
      for (const code of SETTINGS_ERROR_CODES) expect(texts.staff.settings.errors).toHaveProperty(code);
    }
  });
});
