/**
 * Offline validators of the production files in deploy/ (docker/, compose/, k8s/), each against what
 * the tool that reads the file would accept: the Compose Specification's JSON schema, Kubernetes'
 * strict JSON schemas, the Temporal chart's own values, a real Dockerfile parser. Each answers the
 * problems it finds, so that a spec can show it both passes our files and refuses broken ones.
 * Where the schemas come from: deploy-schemas/SOURCE.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { parse, parseAllDocuments } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = join(here, 'deploy-schemas');
const require = createRequire(import.meta.url);

export const readText = (path: string): string => readFileSync(path, 'utf8');
/** YAML as compose and Helm read it: `<<` merge keys resolved. */
export const parseYaml = (text: string): unknown => parse(text, { merge: true });
export const parseYamlDocuments = (text: string): unknown[] =>
  parseAllDocuments(text, { merge: true }).map((document) => document.toJS() as unknown);

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra ? `: ${extra}` : ''}`;
  });
}

// ── Compose ────────────────────────────────────────────────────────────────────────────────────

let composeValidator: ValidateFunction | undefined;

/** Problems of a parsed compose file against the Compose Specification (dclint's copy, draft-07). */
export function composeSchemaErrors(compose: unknown): string[] {
  if (!composeValidator) {
    const path = join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
    // The schema names its draft by an https URL Ajv does not know; Ajv's default draft is that draft.
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    composeValidator = ajv.compile(JSON.parse(readText(path)) as object);
  }
  return composeValidator(compose) ? [] : describeErrors(composeValidator.errors);
}

/**
 * Compose's interpolation of `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}` and
 * `${VAR?message}` (and `$$`) in every string value of a parsed compose file, as compose reads it
 * with a given .env: a required variable that is missing throws, as compose refuses to start.
 */
export function interpolate<T>(value: T, env: Record<string, string>): T {
  if (typeof value === 'string') return interpolateText(value, env) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => interpolate(item, env)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)])) as T;
  return value;
}

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g;

function interpolateText(text: string, env: Record<string, string>): string {
  return text.replace(VARIABLE, (whole, name?: string, colon?: string, kind?: string, rest?: string) => {
    if (whole === '$$') return '$';
    const value = env[name!];
    const missing = value === undefined || (colon === ':' && value === '');
    if (!missing) return value;
    if (kind === '?') throw new Error(`${name}: ${rest}`);
    return kind === '-' ? rest! : '';
  });
}

/** The variables a parsed compose file takes from its environment. */
export function interpolatedVariables(value: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const match of node.matchAll(VARIABLE)) if (match[1]) names.add(match[1]);
    } else if (typeof node === 'object' && node !== null) {
      Object.values(node).forEach(walk);
    }
  };
  walk(value);
  return names;
}

// ── Kubernetes ─────────────────────────────────────────────────────────────────────────────────

const kubernetesSchemas = join(schemas, 'kubernetes-v1.31.0-local-strict');
let kubernetesAjv: Ajv2020 | undefined;

function kubernetes(): Ajv2020 {
  if (kubernetesAjv) return kubernetesAjv;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // The OpenAPI formats Kubernetes' schemas use.
  const integer = (bits: number) => (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1);
  ajv.addFormat('int32', { type: 'number', validate: integer(32) });
  ajv.addFormat('int64', { type: 'number', validate: integer(64) });
  ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
  ajv.addSchema(JSON.parse(readText(join(kubernetesSchemas, '_definitions.json'))) as object);
  return (kubernetesAjv = ajv);
}

/** kubernetes-validate's file name for a kind: `ingress-networking-v1.json`, `service-v1.json`. */
const schemaFile = (apiVersion: string, kind: string) =>
  `${kind.toLowerCase()}-${apiVersion.replace(/^([^./]*)(?:\.[^/]*)?\//, '$1-')}.json`;

/** Problems of one manifest against the strict schema of its apiVersion and kind (Kubernetes 1.31). */
export function kubernetesSchemaErrors(manifest: unknown): string[] {
  const { apiVersion, kind } = (manifest ?? {}) as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['/ has no apiVersion and kind'];
  const path = join(kubernetesSchemas, schemaFile(apiVersion, kind));
  if (!existsSync(path)) return [`/ ${apiVersion} ${kind} has no schema here (see SOURCE.md)`];
  const schema = JSON.parse(readText(path)) as { $id: string };
  const ajv = kubernetes();
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  return validate(manifest) ? [] : describeErrors(validate.errors);
}

// ── Temporal's Helm chart ──────────────────────────────────────────────────────────────────────

const chart = join(schemas, 'temporal-chart-0.73.2');
export const chartDefaults = (): unknown => parseYaml(readText(join(chart, 'values.yaml')));
const templateKeys = (): Set<string> =>
  new Set((parseYaml(readText(join(chart, 'template-keys.yaml'))) as { key: string }[]).map((k) => k.key));

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys of `values` the chart does not know: every key must be in the chart's values.yaml (or read by
 * its templates, template-keys.yaml). Below a default that is empty or not a map (`resources: {}`,
 * `additionalEnv: []`) the chart passes the content through, so anything goes there.
 */
export function unknownChartKeys(
  values: unknown,
  defaults = chartDefaults(),
  extra = templateKeys(),
): string[] {
  const unknown: string[] = [];
  const walk = (value: unknown, known: unknown, path: string) => {
    if (!isMap(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (extra.has(at)) continue;
      if (!isMap(known) || !(key in known)) {
        unknown.push(at);
        continue;
      }
      const default_ = known[key];
      if (isMap(default_) && Object.keys(default_).length > 0) walk(child, default_, at);
    }
  };
  walk(values, defaults, '');
  return unknown;
}

// ── Dockerfile ─────────────────────────────────────────────────────────────────────────────────

export interface ImageFacts {
  /** Every stage's base image, `name:tag`. */
  bases: string[];
  /** The final stage's environment and working directory. */
  env: Record<string, string>;
  workdir: string;
  /** Where the final stage copies from earlier stages: destination (absolute) → source stage. */
  copiedFromStages: Map<string, string>;
  cmd: string[];
}

const argumentsOf = (instruction: Instruction) => instruction.getArguments().map((a) => a.getValue());

/** What the final stage of a Dockerfile runs and contains, read by dockerfile-ast. */
export function imageFacts(text: string): ImageFacts {
  const dockerfile = DockerfileParser.parse(text);
  // A stage built FROM an earlier stage of the file is no base image of its own.
  const stages = new Set(dockerfile.getFROMs().flatMap((from) => from.getBuildStage() ?? []));
  const bases = dockerfile
    .getFROMs()
    .filter((from) => !stages.has(from.getImageName() ?? ''))
    .map((from) => `${from.getImageName()}:${from.getImageTag() ?? ''}`);
  const facts: ImageFacts = { bases, env: {}, workdir: '/', copiedFromStages: new Map(), cmd: [] };
  for (const instruction of finalStage(dockerfile.getInstructions())) {
    const keyword = instruction.getKeyword();
    if (keyword === 'WORKDIR')
      facts.workdir = posix.resolve(facts.workdir, instruction.getArgumentsContent()!);
    if (keyword === 'ENV') {
      for (const property of (instruction as unknown as EnvLike).getProperties())
        facts.env[property.getName()] = property.getValue() ?? '';
    }
    if (keyword === 'COPY') {
      const from = (instruction as unknown as CopyLike).getFromFlag()?.getValue();
      const destination = argumentsOf(instruction).at(-1)!;
      if (from) facts.copiedFromStages.set(posix.resolve(facts.workdir, destination), from);
    }
    if (keyword === 'CMD')
      facts.cmd = (instruction as unknown as JsonLike).getJSONStrings().map((s) => s.getJSONValue());
  }
  return facts;
}

interface EnvLike {
  getProperties(): { getName(): string; getValue(): string | null }[];
}
interface CopyLike {
  getFromFlag(): { getValue(): string | null } | null;
}
interface JsonLike {
  getJSONStrings(): { getJSONValue(): string }[];
}

const finalStage = (instructions: Instruction[]) =>
  instructions.slice(instructions.findLastIndex((instruction) => instruction.getKeyword() === 'FROM'));

/**
 * What is wrong with an application Dockerfile: the parser's own diagnostics (unknown instructions,
 * malformed flags), then the rules of this image: bases pinned by version, a numeric non-root user,
 * a health check of /api/health, the API port exposed, production mode, every workspace manifest
 * in place before each `npm ci`, and a start command the final stage holds.
 */
export function dockerfileProblems(text: string, workspaces: string[]): string[] {
  const problems = lintDockerfile(text).map((d) => {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    return `line ${d.range.start.line + 1}: ${message}`;
  });
  const instructions = DockerfileParser.parse(text).getInstructions();
  const facts = imageFacts(text);

  for (const base of facts.bases) {
    if (!/^[\w./-]+:\d+\.\d+[\w.-]*$/.test(base)) problems.push(`FROM ${base}: not pinned to a version`);
  }
  const last = finalStage(instructions);
  const user = last
    .filter((i) => i.getKeyword() === 'USER')
    .at(-1)
    ?.getArgumentsContent();
  if (!user || !/^[1-9]\d*(:\d+)?$/.test(user))
    problems.push(`USER ${user ?? '(none)'}: not a numeric non-root user`);
  const healthcheck = last.find((i) => i.getKeyword() === 'HEALTHCHECK')?.getArgumentsContent() ?? '';
  if (!healthcheck.includes('/api/health')) problems.push('no HEALTHCHECK of /api/health');
  const exposed = last.filter((i) => i.getKeyword() === 'EXPOSE').flatMap(argumentsOf);
  if (!facts.env.PORT || !exposed.includes(facts.env.PORT))
    problems.push(`PORT ${facts.env.PORT} not exposed`);
  if (facts.env.NODE_ENV !== 'production') problems.push('NODE_ENV is not production');

  // npm ci compares the lockfile with every workspace: each one's package.json must be there. A
  // stage built FROM an earlier stage starts with what that one copied.
  let copied: string[] = [];
  const copiedByStage = new Map<string, string[]>();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const from = instruction as unknown as {
        getImageName(): string | null;
        getBuildStage(): string | null;
      };
      copied = [...(copiedByStage.get(from.getImageName() ?? '') ?? [])];
      copiedByStage.set(from.getBuildStage() ?? '', copied);
    }
    if (keyword === 'COPY' && !(instruction as unknown as CopyLike).getFromFlag())
      copied.push(...argumentsOf(instruction).slice(0, -1));
    if (keyword === 'RUN' && /\bnpm ci\b/.test(instruction.getArgumentsContent() ?? '')) {
      const missing = ['package-lock.json', ...workspaces.map((w) => `${w}/package.json`)].filter(
        (file) => !copied.includes(file) && !copied.includes('.'),
      );
      if (missing.length > 0) problems.push(`npm ci before ${missing.join(', ')} is copied`);
    }
  }

  const [program, script] = facts.cmd;
  if (program !== 'node' || !script) problems.push(`CMD ${JSON.stringify(facts.cmd)}: not a node script`);
  else if (!copiedIntoImage(facts, script)) problems.push(`CMD ${script}: not copied into the final stage`);
  return problems;
}

/** Whether a path (relative to the working directory) lies in a folder the final stage copied in. */
export function copiedIntoImage(facts: ImageFacts, path: string): boolean {
  const absolute = posix.resolve(facts.workdir, path);
  return [...facts.copiedFromStages.keys()].some((d) => absolute === d || absolute.startsWith(`${d}/`));
}
