/**
 * Registers the processes' search attributes on a Temporal namespace. Node-side only (the worker and
 * the test kit import it, workflow code never does): a workflow that upserts an unregistered
 * attribute fails its task, so the worker calls this before it polls.
 */
// A CommonJS module: its namespaces hang off the default export.
import proto from '@temporalio/proto';
import { PROCESS_SEARCH_ATTRIBUTES } from './process/process-search-attributes.js';

type OperatorService = proto.temporal.api.operatorservice.v1.OperatorService;

/** Adds the attributes the namespace lacks; answers their names (none when all were there). */
export async function registerProcessSearchAttributes(
  connection: { operatorService: OperatorService },
  namespace: string,
): Promise<string[]> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = PROCESS_SEARCH_ATTRIBUTES.filter((key) => !customAttributes?.[key.name]);
  if (missing.length === 0) return [];
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, KEYWORD])),
    });
  } catch (error) {
    // Two workers starting together: the other one added them first.
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
  }
  return missing.map((key) => key.name);
}

const KEYWORD = proto.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
/** gRPC's ALREADY_EXISTS status. */
const ALREADY_EXISTS = 6;

/** The dev server's `--search-attribute` flags, so a fresh dev server knows them from its first second. */
export function devServerSearchAttributeArgs(): string[] {
  return PROCESS_SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=Keyword`]);
}
