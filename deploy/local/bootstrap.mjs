// Plain JavaScript: it runs before dependencies exist. It checks Node, installs the
// npm packages when they are missing or stale, compiles the TypeScript, then hands over to
// dist/<command>.js (start, cluster, test, signer, setup, build).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeSatisfies } from './node-version.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const command = process.argv[2];
const commands = ['start', 'cluster', 'test', 'signer', 'setup', 'build'];
if (!commands.includes(command)) {
  console.error(`usage: node deploy/local/bootstrap.mjs <${commands.join('|')}>`);
  process.exit(2);
}

const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
if (!nodeSatisfies(process.versions.node, engines)) {
  console.error(`Qoltanba needs Node.js ${engines}; this is ${process.version}.`);
  process.exit(1);
}

const run = (label, cmd, args) => {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

// npm writes node_modules/.package-lock.json on every install: older than package-lock.json means stale.
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs)) {
  run('npm packages installed', 'npm', existsSync(lock) ? ['ci'] : ['install']);
}

run('TypeScript compiled', join(root, 'node_modules', '.bin', 'tsc'), ['-b']);
await import(join(root, 'deploy', 'local', 'dist', `${command}.js`));
