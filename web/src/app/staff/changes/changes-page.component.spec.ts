import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import { SessionStore } from '../../core/auth/session.store';
import type { ChangeRequestSummary } from '../staff-api';
import { ChangesPageComponent } from './changes-page.component';

const ME = { staffId: 'staff-me', name: 'Мәдина Менеджер' };
const OTHER = { staffId: 'staff-other', name: 'Арман Тексеруші' };

function aSummary(id: string, overrides: Partial<ChangeRequestSummary> = {}): ChangeRequestSummary {
  return {
    id,
    type: 'BLOCK_USER',
    status: 'PENDING_CHECK',
    organizationId: 'org-1',
    organizationName: 'ТОО «Демо Сауда»',
    summary: 'Айгерім Бекова',
    maker: OTHER,
    checker: null,
    exempt: false,
    submittedAt: '2026-12-04T10:00:00Z',
    expiresAt: '2026-12-07T10:00:00Z',
    decidedAt: null,
    ...overrides,
  };
}

describe(ChangesPageComponent.name, () => {
  let fixture: ComponentFixture<ChangesPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(changes: ChangeRequestSummary[]): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne('/api/auth/session').flush({
      principal: { kind: 'STAFF', staffId: ME.staffId, fullName: ME.name, role: 'MANAGER' },
      passwordChangeRequired: false,
      idleTimeoutSeconds: 900,
      expiresAt: '2030-01-01T00:00:00Z',
    });
    await loading;
    fixture = TestBed.createComponent(ChangesPageComponent);
    (await nextRequest(http, (request) => request.url === '/api/manager/change-requests')).flush(changes);
    await settle(fixture);
  }

  const idsIn = (group: string) =>
    [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll(`[data-group="${group}"] tr[data-change]`),
    ].map((row) => row.getAttribute('data-change'));

  it('puts the pending requests first: those to check apart from the manager’s own, then the decided ones', async () => {
    await open([
      aSummary('decided', { status: 'APPLIED', checker: ME, decidedAt: '2026-12-04T11:00:00Z' }),
      aSummary('theirs'),
      aSummary('mine', { maker: ME }),
    ]);

    const groups = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-group]')].map((group) =>
      group.getAttribute('data-group'),
    );
    expect(groups).toEqual(['toCheck', 'mine', 'decided']);
    expect(idsIn('toCheck')).toEqual(['theirs']);
    expect(idsIn('mine')).toEqual(['mine']);
    expect(idsIn('decided')).toEqual(['decided']);
  });

  it('links each request to its page, named by its type in words', async () => {
    await open([aSummary('theirs')]);

    const link = (fixture.nativeElement as HTMLElement).querySelector('tr[data-change="theirs"] a')!;
    expect(link.getAttribute('href')).toBe('/staff/changes/theirs');
    expect(link.textContent?.trim()).not.toContain('BLOCK_USER');
  });
});
