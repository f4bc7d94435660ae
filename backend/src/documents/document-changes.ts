import type { DocumentStatus } from '@qoltanba/workflows/domain';

/** The PostgreSQL NOTIFY channel the projection announces each change of a document on. */
export const DOCUMENT_CHANGES_CHANNEL = 'qoltanba_document_changes';

/** What a change announces: enough for a page to know it should refetch. */
export interface DocumentChange {
  documentId: string;
  organizationId: string;
  status: DocumentStatus;
  seq: number;
}
