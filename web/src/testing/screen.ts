import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideApiClient } from '../app/core/http/api-client';
import { provideEnglish } from './translations';

/**
 * What a screen needs in a spec: the app's own API client over Angular's HTTP testing backend (so
 * the spec answers each request itself) and the English texts.
 */
export function provideScreenTesting(): (Provider | EnvironmentProviders)[] {
  return [provideApiClient(), provideHttpClientTesting(), provideEnglish()];
}
