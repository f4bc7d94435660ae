/**
 * The timeline (`process_event`) is append-only, by a trigger, with one exception: the projection
 * removes what a lost workflow task appended (ProcessProjectionService), in a transaction that sets
 * TIMELINE_SETTING to REPLACING_LOST_WRITE. The migration that made the exception names both values.
 */
export const TIMELINE_SETTING = 'qoltanba.timeline';
export const REPLACING_LOST_WRITE = 'replacing-lost-write';
