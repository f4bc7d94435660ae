import type { ActivityInterceptorsFactory, WorkerOptions } from '@temporalio/worker';

/** Beats asked per heartbeat timeout (a 6-second timeout: one every 1.5 s, sent at most every 2 s). */
const BEATS_PER_TIMEOUT = 4;

/**
 * Heartbeats every activity that has a heartbeat timeout for as long as this worker runs it, so that
 * a worker killed during a call to another system (the bank, the CA) is noticed after the heartbeat
 * timeout and the call given to another worker, instead of after the call's whole start-to-close
 * timeout. A call shorter than one beat sends none. The heartbeats carry no details: the platform's
 * calls are repeated whole, their systems de-duplicating them.
 */
const keepAliveHeartbeats: ActivityInterceptorsFactory = (context) => ({
  inbound: {
    async execute(input, next) {
      const timeoutMs = context.info.heartbeatTimeoutMs;
      if (!timeoutMs) return next(input);
      const beats = setInterval(() => context.heartbeat(), timeoutMs / BEATS_PER_TIMEOUT);
      try {
        return await next(input);
      } finally {
        clearInterval(beats);
      }
    },
  },
});

/**
 * The platform worker's options for it. The send cap (`maxHeartbeatThrottleInterval`): left to the
 * SDK, a worker sends one heartbeat per 0.8 × the timeout, which leaves room for one slow send
 * before a live worker is taken for dead; one every third of a 6-second timeout leaves two.
 */
export const KEEP_ALIVE_HEARTBEATS = {
  interceptors: { activity: [keepAliveHeartbeats] },
  maxHeartbeatThrottleInterval: '2 seconds',
} satisfies Partial<WorkerOptions>;
