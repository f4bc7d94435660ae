import { describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { APPLICATION_STATUSES, DOCUMENT_STATUSES } from '@qoltanba/workflows/domain';
import { provideEnglish } from '../../../testing/translations';
import { type ProcessStatus, StatusBadgeComponent } from './status-badge.component';

describe(StatusBadgeComponent.name, () => {
  function badge(status: ProcessStatus): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideEnglish()] });
    const fixture = TestBed.createComponent(StatusBadgeComponent);
    fixture.componentRef.setInput('status', status);
    fixture.detectChanges();
    const element = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.badge');
    if (!element) throw new Error('no badge');
    return element;
  }

  it.each([
    ['DRAFT', 'Draft', 'neutral'],
    ['AWAITING_SIGNATURES', 'Awaiting signatures', 'waiting'],
    ['SENT_TO_BANK', 'Sent to the bank', 'progress'],
    ['EXECUTED', 'Executed', 'good'],
    ['REJECTED_BY_BANK', 'Rejected by the bank', 'bad'],
    ['REJECTED', 'Rejected by a signer', 'bad'],
    ['IN_PROGRESS', 'Being processed by the bank', 'progress'],
    ['DONE', 'Executed', 'good'],
    ['REFUSED_BY_BANK', 'Refused by the bank', 'bad'],
    ['CANCELLED', 'Cancelled', 'neutral'],
  ] as const)('shows %s as "%s", coloured as %s', (status, words, tone) => {
    const shown = badge(status);

    expect(shown.textContent?.trim()).toBe(words);
    expect(shown.dataset['tone']).toBe(tone);
  });

  it('names every status of payments and applications in words and gives it a colour', () => {
    for (const status of [...DOCUMENT_STATUSES, ...APPLICATION_STATUSES]) {
      TestBed.resetTestingModule();
      const shown = badge(status);
      expect(shown.textContent?.trim()).not.toContain(status);
      expect(shown.dataset['tone']).toMatch(/^(neutral|waiting|progress|good|bad)$/);
    }
  });
});
