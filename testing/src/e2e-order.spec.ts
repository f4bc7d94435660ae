import { describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { spreadApart, TOKEN_SPENDERS } from './e2e-order.js';

const journeysDir = join(import.meta.dirname, '..', '..', 'web', 'e2e');

describe('the order of the end-to-end journeys', () => {
  it("spreads the journeys spending one token's code from the first place to the last, keeping the others' order", () => {
    const ordered = ['a', 'b', 'x1', 'c', 'x2', 'd', 'x3', 'e', 'y1', 'y2', 'f'];

    const spread = spreadApart(
      ordered,
      [
        ['x1', 'x2', 'x3'],
        ['y1', 'y2'],
      ],
      (name) => name,
    );

    expect(spread).toEqual(['x1', 'y1', 'a', 'b', 'c', 'x2', 'd', 'e', 'f', 'y2', 'x3']);
  });

  it('leaves the order alone when no journey spends a token', () => {
    expect(spreadApart(['a', 'b', 'c'], TOKEN_SPENDERS, (name) => name)).toEqual(['a', 'b', 'c']);
  });

  it('names only journeys that exist, so a renamed one is not silently run next to another', async () => {
    const journeys = (await readdir(journeysDir))
      .filter((file) => file.endsWith('.e2e.ts'))
      .map((file) => file.replace(/\.e2e\.ts$/, ''));

    expect(journeys).toEqual(expect.arrayContaining(TOKEN_SPENDERS.flat()));
  });
});
