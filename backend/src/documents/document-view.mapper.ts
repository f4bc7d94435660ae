import { formatTiyn, type DocumentState } from '@qoltanba/workflows/domain';
import type { DocumentView } from './dto/document.view.js';

/** The client's view of a document state (from the workflow or the read model). */
export function toDocumentView(
  state: Omit<DocumentState, 'timeline'> & { timeline?: DocumentState['timeline'] },
  times: { createdAt: string; updatedAt: string },
): DocumentView {
  return {
    id: state.documentId,
    type: state.type,
    status: state.status,
    revision: state.revision,
    contentHash: state.contentHash,
    amount: formatTiyn(state.content.amountTiyn),
    content: state.content,
    signatures: state.signatures,
    awaiting: state.awaiting,
    deadline: state.deadline,
    authorId: state.authorId,
    ...(state.rejection ? { rejection: state.rejection } : {}),
    bank: state.bank,
    ...times,
  };
}

/** Creation and last-change times of a workflow state, from its timeline. */
export function timesOf(state: DocumentState): { createdAt: string; updatedAt: string } {
  return { createdAt: state.timeline[0]?.at ?? '', updatedAt: state.timeline.at(-1)?.at ?? '' };
}
