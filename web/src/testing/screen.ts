import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, type Provider, signal } from '@angular/core';
import { AwaitingMeStore } from '../app/documents/awaiting-me.store';
import { provideApiClient } from '../app/core/http/api-client';
import { provideEnglish } from './translations';

/**
 * What a screen needs in a spec: the app's own API client over Angular's HTTP testing backend (so
 * the spec answers each request itself) and the English texts. What waits for the user (asked on
 * every page by the navigation) stays quiet unless a spec is about it (awaiting-me.store.spec.ts).
 */
export function provideScreenTesting(): (Provider | EnvironmentProviders)[] {
  return [
    provideApiClient(),
    provideHttpClientTesting(),
    provideEnglish(),
    { provide: AwaitingMeStore, useValue: { state: signal(undefined), refresh: () => undefined } },
  ];
}
