import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NavigationService } from '../core/layout/navigation';
import { nextRequest } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import { aClient, signIn } from '../../testing/session';
import { AwaitingMeStore } from './awaiting-me.store';

describe(AwaitingMeStore.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('counts what waits for the client beside Documents in the navigation, signatures and EDS sendings alike', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting(), AwaitingMeStore],
    });
    const http = TestBed.inject(HttpTestingController);
    await signIn(http, aClient({ channel: 'STANDARD', signatureRight: 'FIRST' }));
    const store = TestBed.inject(AwaitingMeStore);
    const navigation = TestBed.inject(NavigationService);
    TestBed.tick();
    (await nextRequest(http, '/api/documents/awaiting-me')).flush({ toSign: 2, toDispatch: 1, items: [] });

    expect(store.state()?.toSign).toBe(2);
    const documents = navigation.items().find((item) => item.path === '/documents');
    expect(documents?.badge).toBe(3);
  });
});
