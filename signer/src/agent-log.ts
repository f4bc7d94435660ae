/** The agent's log: one event and its fields (JSON lines from main.ts), never PINs, keys or documents. */
export type AgentLog = (event: string, fields?: Record<string, unknown>) => void;
