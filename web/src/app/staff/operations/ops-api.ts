import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { API_BASE_PATH, ApiClient } from '../../core/http/api-client';
import type { components } from '../../core/http/api-types.generated';

type Schemas = components['schemas'];

export type OpsProcess = Schemas['OpsProcessView'];
export type OpsProcessPage = Schemas['OpsProcessPage'];
export type OpsProcessCount = Schemas['OpsProcessCount'];
export type OpsProcessDetail = Schemas['OpsProcessDetailView'];
export type OpsTimelineEntry = Schemas['OpsTimelineEntryView'];
export type HistoryEntry = Schemas['HistoryEntryView'];
export type PendingActivity = Schemas['PendingActivityView'];
export type StuckProcess = Schemas['StuckProcessView'];
export type StuckProcesses = Schemas['StuckProcessesView'];
export type ProcessType = OpsProcess['type'];
export type AwaitedParty = OpsProcess['awaiting'];
export type AuditEntry = Schemas['OpsAuditEntryView'];
export type AuditPage = Schemas['OpsAuditPage'];
export type PlatformView = Schemas['OpsPlatformView'];
export type TaskQueue = Schemas['TaskQueueView'];
export type SelfCheckResult = Schemas['SelfCheckResultDto'];
export type BrokenMark = Schemas['BrokenMarkView'];
/** An operator's request to cancel or terminate a process, for a second operator to check. */
export type OpsRequest = Schemas['ChangeRequestView'];
export type OpsRequestSummary = Schemas['ChangeRequestSummaryView'];
export type ProcessAction = Schemas['ProcessActionChange']['type'];

export const PROCESSES_PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 50;

/** What the processes list filters by; each narrows, none is required. */
export interface ProcessFilter {
  readonly type?: ProcessType;
  readonly status?: string;
  readonly awaiting?: AwaitedParty;
  readonly q?: string;
}

/** What the audit log filters by (`from`/`to` are calendar days, YYYY-MM-DD, in Almaty). */
export interface AuditFilter {
  readonly actorKind?: string;
  readonly actorId?: string;
  readonly action?: string;
  readonly outcome?: string;
  readonly organizationId?: string;
  readonly subjectId?: string;
  readonly from?: string;
  readonly to?: string;
}

export const AUDIT_FILTERS = [
  'actorKind',
  'actorId',
  'action',
  'outcome',
  'organizationId',
  'subjectId',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilter)[];

/**
 * The operations console's API (`/api/ops`): operators and auditors read every process, the stuck
 * ones, the audit log and the platform's state; only operators act (the server refuses auditors).
 */
@Injectable({ providedIn: 'root' })
export class OpsApi {
  private readonly api = inject(ApiClient);

  processes(filter: ProcessFilter, page = 1): Observable<OpsProcessPage> {
    return this.api.get<OpsProcessPage>('/ops/processes', {
      params: { ...present(filter), page: String(page), pageSize: String(PROCESSES_PAGE_SIZE) },
    });
  }

  counts(): Observable<OpsProcessCount[]> {
    return this.api.get<OpsProcessCount[]>('/ops/processes/counts');
  }

  stuck(): Observable<StuckProcesses> {
    return this.api.get<StuckProcesses>('/ops/processes/stuck');
  }

  process(id: string): Observable<OpsProcessDetail> {
    return this.api.get<OpsProcessDetail>(`/ops/processes/${id}`);
  }

  /** Tries the process's failing steps again now (operators only); answers the process as it is then. */
  retry(id: string, reason: string): Observable<OpsProcessDetail> {
    return this.api.post<OpsProcessDetail>(`/ops/processes/${id}/retry`, { reason });
  }

  /** Marks the process broken (operators only), which lets operators ask to terminate it; answers the process. */
  markBroken(id: string, reason: string): Observable<OpsProcessDetail> {
    return this.api.post<OpsProcessDetail>(`/ops/processes/${id}/broken`, { reason });
  }

  /** Asks to cancel or terminate a process: a request that waits for a second operator. */
  requestAction(type: ProcessAction, processId: string, reason: string): Observable<OpsRequest> {
    return this.api.post<OpsRequest>('/ops/requests', { change: { type, processId, reason } });
  }

  /** Operators' requests, those waiting for a checker first. */
  requests(): Observable<OpsRequestSummary[]> {
    return this.api.get<OpsRequestSummary[]>('/ops/requests');
  }

  request(id: string): Observable<OpsRequest> {
    return this.api.get<OpsRequest>(`/ops/requests/${id}`);
  }

  /** Another operator approves the request as seen (its `reviewToken`); it is applied at once. */
  approve(id: string, reviewToken: string): Observable<OpsRequest> {
    return this.api.post<OpsRequest>(`/ops/requests/${id}/approval`, { reviewToken });
  }

  reject(id: string, reason: string): Observable<OpsRequest> {
    return this.api.post<OpsRequest>(`/ops/requests/${id}/rejection`, { reason });
  }

  /** Its maker takes a pending request back. */
  withdraw(id: string): Observable<OpsRequest> {
    return this.api.post<OpsRequest>(`/ops/requests/${id}/withdrawal`);
  }

  audit(filter: AuditFilter, page = 1): Observable<AuditPage> {
    return this.api.get<AuditPage>('/ops/audit', {
      params: { ...present(filter), page: String(page), pageSize: String(AUDIT_PAGE_SIZE) },
    });
  }

  platform(): Observable<PlatformView> {
    return this.api.get<PlatformView>('/ops/platform');
  }

  runSelfCheck(): Observable<SelfCheckResult> {
    return this.api.post<SelfCheckResult>('/ops/self-checks');
  }
}

/** The address of the audit log as CSV with these filters: a plain link, so the browser downloads it. */
export function auditCsvUrl(filter: AuditFilter): string {
  const query = new URLSearchParams(present(filter)).toString();
  return `${API_BASE_PATH}/ops/audit.csv${query ? `?${query}` : ''}`;
}

/** The filters given, as query parameters (empty ones left out). */
function present(filter: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
      .map(([name, value]) => [name, value.trim()]),
  );
}
