import type { Logger } from 'pino';

/**
 * Injection token for the process's pino logger. pino's `Logger` is only a type, and Nest injects
 * by the class named in a constructor; this empty class merged with the interface is both.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class AppLogger {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface AppLogger extends Logger {}
