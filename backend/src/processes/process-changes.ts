import type { ProcessType } from '@qoltanba/workflows/domain';

/** The PostgreSQL NOTIFY channel every projection announces each change of a process on. */
export const PROCESS_CHANGES_CHANNEL = 'qoltanba_process_changes';

/** What a change announces: enough for a page to know it should refetch. */
export interface ProcessChange {
  processId: string;
  processType: ProcessType;
  organizationId: string | null;
  status: string;
  seq: number;
}
