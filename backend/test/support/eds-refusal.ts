import { type EdsErrorCode, EdsRefusal } from '../../src/signatures/eds-error-code.js';

/** The code and check of the EdsRefusal `run` throws; undefined when it passes. */
export function refusalOf(run: () => unknown): { code: EdsErrorCode; check: string } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EdsRefusal) return { code: error.code, check: error.check };
    throw error;
  }
  return undefined;
}
