import { describe, expect, it } from '@jest/globals';
import { setTimeout as delay } from 'node:timers/promises';
import { allEnded } from './all-ended.js';
import { ToolError } from './tool-error.js';

describe(allEnded.name, () => {
  it('answers every part in order, values as they are', async () => {
    await expect(
      allEnded([Promise.resolve('cli'), undefined, delay(20).then(() => 3)], () => undefined),
    ).resolves.toEqual(['cli', undefined, 3]);
  });

  it('fails only once the parts still running have ended, saying the failure at once', async () => {
    const said: string[] = [];
    let buildEnded = false;
    const build = delay(200).then(() => (buildEnded = true));

    const failure = allEnded([build, Promise.reject(new ToolError('apt-get update failed.'))], (line) =>
      said.push(line),
    );

    await delay(50);
    expect(said).toEqual(['apt-get update failed. Letting the work already started end first …']);
    await expect(failure).rejects.toThrow('apt-get update failed.');
    expect(buildEnded).toBe(true);
  });

  it('tells several failures together', async () => {
    const failure = allEnded(
      [
        Promise.reject(new ToolError('Go is missing.', 'Install Go.')),
        Promise.reject(new ToolError('apt-get failed.')),
      ],
      () => undefined,
    );

    await expect(failure).rejects.toThrow('Go is missing.\n  → Install Go.\napt-get failed.');
  });
});
