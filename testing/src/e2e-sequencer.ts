import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Test } from '@jest/test-result';
import type * as SequencerModule from '@jest/test-sequencer';
import { spreadApart, TOKEN_SPENDERS } from './e2e-order.js';

// A CommonJS package whose types declare an ES default export: required, its class is `.default`.
const { default: Sequencer } = createRequire(import.meta.url)(
  '@jest/test-sequencer',
) as (typeof SequencerModule)['default'];

/** Jest's order for the journeys (slowest first), with the ones spending one token's code spread apart. */
export default class E2eSequencer extends Sequencer {
  override async sort(tests: Test[]): Promise<Test[]> {
    return spreadApart(await super.sort(tests), TOKEN_SPENDERS, (test) => basename(test.path, '.e2e.ts'));
  }
}
