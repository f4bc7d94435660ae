import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import type { AwaitedParty, ProcessType } from '../domain/process/process-kind.js';

/**
 * What every process tells Temporal's visibility, so the Temporal UI and
 * `temporal workflow list --query "ProcessType='payment' AND ProcessStatus='AWAITING_SIGNATURES'"`
 * find processes by kind, organization, status and who must act next. Registered at start-up
 * (dev server flags, the test server, the worker for an external cluster) and upserted by each
 * workflow on every transition.
 */
export const ProcessTypeKey = defineSearchAttributeKey('ProcessType', SearchAttributeType.KEYWORD);
export const ProcessStatusKey = defineSearchAttributeKey('ProcessStatus', SearchAttributeType.KEYWORD);
export const OrganizationIdKey = defineSearchAttributeKey('OrganizationId', SearchAttributeType.KEYWORD);
export const ProcessAwaitingKey = defineSearchAttributeKey('ProcessAwaiting', SearchAttributeType.KEYWORD);

export const PROCESS_SEARCH_ATTRIBUTES = [
  ProcessTypeKey,
  ProcessStatusKey,
  OrganizationIdKey,
  ProcessAwaitingKey,
] as const;

export interface ProcessVisibility {
  type: ProcessType;
  status: string;
  awaiting: AwaitedParty;
  /** Absent for the platform's own processes (the self-check). */
  organizationId?: string;
}

export function processSearchAttributes(visibility: ProcessVisibility): SearchAttributePair[] {
  return [
    { key: ProcessTypeKey, value: visibility.type },
    { key: ProcessStatusKey, value: visibility.status },
    { key: ProcessAwaitingKey, value: visibility.awaiting },
    ...(visibility.organizationId ? [{ key: OrganizationIdKey, value: visibility.organizationId }] : []),
  ];
}
