import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../testing/http';
import { aSession } from '../../testing/session';
import { settle } from '../../testing/settle';
import { PasswordPageComponent } from './password-page.component';
import { provideScreenTesting } from '../../testing/screen';

@Component({ template: '<h1>Home</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class StubPageComponent {}

describe(PasswordPageComponent.name, () => {
  let fixture: ComponentFixture<PasswordPageComponent>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: StubPageComponent }]), ...provideScreenTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PasswordPageComponent);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;

  async function type(selector: string, value: string): Promise<void> {
    const input = page().querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
  }

  const keptRules = () =>
    [...page().querySelectorAll('#password-rules li.met')].map((rule) => rule.textContent.trim());

  it('ticks off each rule as the new password is typed', async () => {
    await type('#current-password', 'Temp0rary');
    expect(keptRules()).toEqual(['Only Latin letters, digits and punctuation, no spaces']);

    await type('#new-password', 'abcdef');
    expect(keptRules()).toEqual([
      '6 to 10 characters',
      'Only Latin letters, digits and punctuation, no spaces',
      'Different from the current password',
    ]);

    await type('#new-password', 'abcde1');
    expect(keptRules()).toHaveLength(4);
  });

  it('sends nothing while a rule is broken or the repetition differs', async () => {
    await type('#current-password', 'Temp0rary');
    await type('#new-password', 'Temp0rary');
    await type('#repeat-password', 'Temp0rary');
    await submit();
    expect(page().querySelector('#new-password')!.getAttribute('aria-invalid')).toBe('true');

    await type('#new-password', 'Mine2026');
    await type('#repeat-password', 'Mine2027');
    await submit();
    expect(page().querySelector('#repeat-error')!.textContent.trim()).toBe('The passwords do not match.');
    http.expectNone('/api/auth/password');
  });

  it('saves an acceptable password and opens the app', async () => {
    await type('#current-password', 'Temp0rary');
    await type('#new-password', 'Mine2026');
    await type('#repeat-password', 'Mine2026');
    await submit();
    const request = await nextRequest(http, '/api/auth/password');
    expect(request.request.body).toEqual({ currentPassword: 'Temp0rary', newPassword: 'Mine2026' });
    const router = TestBed.inject(Router);
    expect(router.navigated).toBe(false);
    request.flush(aSession());
    await settle(fixture);
    expect(router.navigated).toBe(true);
    expect(router.url).toBe('/');
  });

  it('says so when the server finds the current password wrong', async () => {
    await type('#current-password', 'Wrong0ne');
    await type('#new-password', 'Mine2026');
    await type('#repeat-password', 'Mine2026');
    await submit();
    refuse(await nextRequest(http, '/api/auth/password'), 401, 'AUTH_CURRENT_PASSWORD_WRONG');
    await settle(fixture);
    expect(page().querySelector('[role="alert"]')!.textContent.trim()).toBe('The current password is wrong.');
  });
});
