/** The task queue the platform's worker polls unless configured otherwise (TEMPORAL_TASK_QUEUE). */
export const DEFAULT_TASK_QUEUE = 'qoltanba';
