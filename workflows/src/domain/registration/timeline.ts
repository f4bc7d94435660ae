import type { Actor } from '../documents/document-state.js';
import type { RegistrationHolder } from './registration-state.js';

/** One timeline entry of a registration or reissue. */
export interface TimelineEntryOf<Status extends string, Event extends string> {
  /** 1, 2, 3… : the projection is idempotent and ordered on it. */
  seq: number;
  event: Event;
  /** The status after the event. */
  status: Status;
  at: string;
  actor?: Actor;
  details?: Record<string, string | number | boolean | null>;
}

interface WithTimeline<Status extends string, Event extends string> {
  holder: RegistrationHolder;
  status: Status;
  timeline: TimelineEntryOf<Status, Event>[];
}

/** The client acting in the wizard: the Standard channel is the only one that registers tokens. */
export function holderActor(holder: RegistrationHolder): Actor {
  return { userId: holder.userId, name: holder.name, channel: 'STANDARD' };
}

/** The state in its new status, with the entry that says why; `actor` names the holder. */
export function moved<S extends WithTimeline<string, string>>(
  state: S,
  status: S['status'],
  event: S['timeline'][number]['event'],
  at: string,
  extra: { actor?: boolean; details?: S['timeline'][number]['details'] },
): S {
  const entry: S['timeline'][number] = {
    seq: state.timeline.length + 1,
    event,
    status,
    at,
    ...(extra.actor ? { actor: holderActor(state.holder) } : {}),
    ...(extra.details ? { details: extra.details } : {}),
  };
  return { ...state, status, timeline: [...state.timeline, entry] };
}
