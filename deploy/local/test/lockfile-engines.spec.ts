import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import semver from 'semver';
import { repoRoot } from '../src/paths.js';
import { readText } from './deploy-checks.js';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const rootManifest = JSON.parse(readText(join(repoRoot, 'package.json'))) as { engines: { node: string } };
const lock = JSON.parse(readText(join(repoRoot, 'package-lock.json'))) as {
  packages: Record<string, LockedPackage>;
};

/** The first release of each Node line the project supports ("^20.19.0 || ^22.13.0 || >=24.11.0"). */
const supportedLines = new semver.Range(rootManifest.engines.node).set.map(
  (comparators) =>
    semver.minVersion(new semver.Range(comparators.map((comparator) => comparator.value).join(' ')))!.version,
);

/**
 * A package whose engines leave out a supported Node line makes `npm ci` warn EBADENGINE there, and
 * may break at run time. package.json's `overrides` holds one back: @nestjs/common pins file-type
 * 22 (Node 22+) for its FileTypeValidator, which the platform does not use; file-type 21 serves
 * Node 20 with the same API.
 */
describe('the locked dependencies', () => {
  it('support every Node line the project supports, from its first release (npm ci warns EBADENGINE otherwise)', () => {
    expect(supportedLines).toContain('20.19.0');
    const refusing = Object.entries(lock.packages).flatMap(([path, locked]) => {
      const range = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
      if (!path || !range || !semver.validRange(range)) return [];
      const unsupported = supportedLines.filter((node) => !semver.satisfies(node, range));
      return unsupported.length
        ? [`${path}@${locked.version} wants node ${range}, not ${unsupported.join(', ')}`]
        : [];
    });
    expect(refusing).toEqual([]);
  });
});

describe('npm start and npm test (bootstrap.mjs, before any package is installed)', () => {
  it("accept exactly the Node versions package.json's engines accept", async () => {
    const { nodeSatisfies } = (await import(
      pathToFileURL(join(repoRoot, 'deploy', 'local', 'node-version.mjs')).href
    )) as { nodeSatisfies: (version: string, range: string) => boolean };
    const range = rootManifest.engines.node;
    const versions = [
      '18.20.4',
      '20.18.3',
      '20.19.0',
      '20.20.2',
      '21.7.3',
      '22.12.0',
      '22.13.0',
      '22.20.1',
      '23.11.0',
      '24.0.0',
      '24.10.9',
      '24.11.0',
      '25.2.1',
      '26.0.0',
    ];

    const disagreements = versions.filter(
      (version) => nodeSatisfies(version, range) !== semver.satisfies(version, range),
    );

    expect(disagreements).toEqual([]);
    expect(nodeSatisfies(process.versions.node, range)).toBe(true);
  });
});
