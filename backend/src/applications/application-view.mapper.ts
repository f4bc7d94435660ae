import type { ApplicationState } from '@qoltanba/workflows/domain';
import type { ApplicationView } from './dto/application.view.js';

/** The client's view of an application state (from the workflow or the read model). */
export function toApplicationView(
  state: Omit<ApplicationState, 'timeline'> & { timeline?: ApplicationState['timeline'] },
  times?: { createdAt: string; updatedAt: string },
): ApplicationView {
  return {
    id: state.applicationId,
    kind: state.kind,
    family: state.family,
    number: state.number,
    status: state.status,
    revision: state.revision,
    contentHash: state.contentHash,
    content: state.content,
    signatures: state.signatures,
    awaiting: state.awaiting,
    deadline: state.deadline,
    authorId: state.authorId,
    ...(state.rejection ? { rejection: state.rejection } : {}),
    bank: state.bank,
    ...(state.cancellation ? { cancellation: state.cancellation } : {}),
    ...(times ?? { createdAt: state.timeline?.[0]?.at ?? '', updatedAt: state.timeline?.at(-1)?.at ?? '' }),
  };
}
