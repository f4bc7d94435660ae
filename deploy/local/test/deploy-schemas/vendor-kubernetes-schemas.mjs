// Copies the Kubernetes JSON schemas the deploy checks need out of an unpacked kubernetes-validate
// wheel (PyPI), keeping only the definitions those kinds reach: the full _definitions.json is 1.5 MB.
// Usage: node vendor-kubernetes-schemas.mjs <wheel>/kubernetes_validate/kubernetes-json-schema/v1.31.0-local-strict
// then `npx prettier --write` the output folder (the schemas' content is unchanged, only spacing).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The kinds deploy/k8s uses, by kubernetes-validate's file names (kind-group-version). */
const KINDS = [
  'configmap-v1',
  'deployment-apps-v1',
  'ingress-networking-v1',
  'namespace-v1',
  'networkpolicy-networking-v1',
  'poddisruptionbudget-policy-v1',
  'secret-v1',
  'service-v1',
];

const source = process.argv[2];
if (!source)
  throw new Error('usage: vendor-kubernetes-schemas.mjs <…/kubernetes-json-schema/vX.Y.Z-local-strict>');
const target = join(dirname(fileURLToPath(import.meta.url)), `kubernetes-${basename(source)}`);
mkdirSync(target, { recursive: true });

const definitions = JSON.parse(readFileSync(join(source, '_definitions.json'), 'utf8'));
const refsIn = (schema) =>
  [...JSON.stringify(schema).matchAll(/"\$ref":"[^"#]*#\/\$defs\/([^"]+)"/g)].map((m) => m[1]);

const reached = new Set();
const pending = [];
for (const kind of KINDS) {
  const text = readFileSync(join(source, `${kind}.json`), 'utf8');
  writeFileSync(join(target, `${kind}.json`), text);
  pending.push(...refsIn(JSON.parse(text)));
}
while (pending.length > 0) {
  const name = pending.pop();
  if (reached.has(name)) continue;
  if (!definitions.$defs[name]) throw new Error(`${name} is not in _definitions.json`);
  reached.add(name);
  pending.push(...refsIn(definitions.$defs[name]));
}
const pruned = {
  ...definitions,
  $defs: Object.fromEntries([...reached].sort().map((n) => [n, definitions.$defs[n]])),
};
writeFileSync(join(target, '_definitions.json'), `${JSON.stringify(pruned, null, 2)}\n`);
console.log(
  `${target}: ${KINDS.length} kinds, ${reached.size} of ${Object.keys(definitions.$defs).length} definitions`,
);
