import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideScreenTesting } from '../../testing/screen';
import { signIn } from '../../testing/session';
import { settle } from '../../testing/settle';
import { ProfilePageComponent } from './profile-page.component';

describe(ProfilePageComponent.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('leads to the token password page', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    await signIn(TestBed.inject(HttpTestingController));
    const fixture = TestBed.createComponent(ProfilePageComponent);
    await settle(fixture);

    const link = (fixture.nativeElement as HTMLElement).querySelector('a.token-pin-link');
    expect(link?.textContent?.trim()).toBe('Token password');
    expect(link?.getAttribute('href')).toBe('/token');
  });
});
