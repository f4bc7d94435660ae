// Runs after every `npm install` / `npm ci` (root "postinstall"). Native packages publish one optional
// dependency per platform (@swc/core-darwin-arm64, @esbuild/win32-x64, …). Where the registry serves
// only this machine's platform (as the sandboxed registries of our build machines do), npm leaves the
// others out of package-lock.json, and npm 11's `npm ci` then refuses that very lockfile ("Missing:
// …@ from lock file"). This records each such optional package by name and version, so `npm ci`
// accepts the lockfile; on any platform npm still installs only the packages that fit it. Where the
// registry serves every platform, npm has recorded them all already and this changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lockPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages ?? {};
const exactVersion = /^\d+\.\d+\.\d+(-[\w.-]+)?$/;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!exactVersion.test(spec)) continue;
    const hoisted = `node_modules/${name}`;
    const nested = path ? `${path}/node_modules/${name}` : hoisted;
    if (packages[nested] || packages[hoisted]?.version === spec) continue;
    const at = packages[hoisted] ? nested : hoisted;
    packages[at] = { version: spec, optional: true };
    added++;
  }
}

if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    `package-lock.json: recorded ${added} optional platform packages this registry does not serve.`,
  );
}
