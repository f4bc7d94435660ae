import { describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideEnglish } from '../../../testing/translations';
import { AwaitingComponent, type AwaitingView } from './awaiting.component';

describe(AwaitingComponent.name, () => {
  function shown(awaiting: AwaitingView): string {
    TestBed.configureTestingModule({ providers: [provideEnglish()] });
    const fixture = TestBed.createComponent(AwaitingComponent);
    fixture.componentRef.setInput('awaiting', awaiting);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('says which signing rights a document awaits', () => {
    expect(shown({ kind: 'SIGNATURE', rights: ['SECOND'], excludedUserIds: ['user-1'] })).toBe(
      'Awaiting signature — Second signature',
    );
  });

  it('names the people who can sign, where the server names them', () => {
    expect(
      shown({
        kind: 'SIGNATURE',
        rights: ['SINGLE', 'FIRST'],
        excludedUserIds: [],
        users: [
          { id: 'u-1', name: 'Aigerim' },
          { id: 'u-2', name: 'Nurlan' },
        ],
      }),
    ).toBe('Awaiting signature — Single signature / First signature (Aigerim, Nurlan)');
  });

  it('says a document with the bank awaits the bank, with no rights listed', () => {
    expect(shown({ kind: 'BANK' })).toBe('Being processed by the bank');
  });
});
