import { ToolError } from './tool-error.js';

/** A port from the environment, or the default; a malformed value stops start-up naming the variable. */
export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new ToolError(`${name}=${JSON.stringify(raw)} is not a port number (1–65535).`);
  }
  return port;
}

/** A count from the environment (replicas, shards), or the default; anything but a whole 1–1024 stops start-up. */
export function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 1024) {
    throw new ToolError(`${name}=${JSON.stringify(raw)} is not a whole number from 1 to 1024.`);
  }
  return count;
}
