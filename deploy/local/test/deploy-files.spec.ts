import { existsSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
// Test-only imports through the workspace: the backend depends on this package, not the reverse.
import { environmentSchema } from '@qoltanba/backend/config/config.schema';
import { loadConfig } from '@qoltanba/backend/config/load-config';
import { builtWorkflowBundlePath } from '@qoltanba/workflows/bundling';
import { PROCESS_SEARCH_ATTRIBUTES } from '@qoltanba/workflows/messages';
import { repoRoot } from '../src/paths.js';
import { WEB_DIST } from '../src/web-build.js';
import {
  chartDefaults,
  composeSchemaErrors,
  copiedIntoImage,
  dockerfileProblems,
  imageFacts,
  interpolate,
  interpolatedVariables,
  kubernetesSchemaErrors,
  parseYaml,
  parseYamlDocuments,
  readText,
  unknownChartKeys,
} from './deploy-checks.js';

/** The production files, checked offline against what reads them (deploy-checks.ts). */
const deploy = join(repoRoot, 'deploy');
const workspaces = (JSON.parse(readText(join(repoRoot, 'package.json'))) as { workspaces: string[] })
  .workspaces;
const clone = <T>(value: T): T => structuredClone(value);

type Env = Record<string, string>;
interface Service {
  image: string;
  command?: string[];
  environment?: Env;
  volumes?: string[];
  ports?: string[];
  deploy?: { replicas?: number };
  [field: string]: unknown;
}
interface Compose {
  services: Record<string, Service>;
  secrets: Record<string, { file: string }>;
}

const dockerfile = readText(join(deploy, 'docker', 'Dockerfile'));
const image = imageFacts(dockerfile);
const composeText = readText(join(deploy, 'compose', 'compose.yaml'));
const compose = parseYaml(composeText) as Compose;

/** What a bank writes into .env (example.env lists the names). */
const filledEnv: Env = {
  POSTGRES_PASSWORD: 'postgres0password',
  QOLTANBA_DB_PASSWORD: 'app0password',
  TEMPORAL_DB_PASSWORD: 'temporal0password',
  SECRETS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  METRICS_TOKEN: '',
  BANK_CODE: '123',
  BANK_BIC: 'EXMPKZKA',
  BANK_NAME: 'Example Bank',
  BANK_BIN: '123456789012',
  PUBLIC_HOST: 'ibank.example.kz',
  TLS_CERTIFICATE_FILE: '/etc/qoltanba/tls/chain.pem',
  TLS_KEY_FILE: '/etc/qoltanba/tls/key.pem',
  QOLTANBA_IMAGE: 'qoltanba:0.1.0',
};
const composeWith = (env: Env) => interpolate(compose, env);

/** Environment entries that carry a credential yet are written in the file instead of taken from .env. */
function literalSecrets(file: Compose): string[] {
  return Object.entries(file.services).flatMap(([name, service]) =>
    Object.entries(service.environment ?? {})
      .filter(([key]) => /PASSWORD|PWD|SECRET|TOKEN|KEY|DATABASE_URL/.test(key))
      .filter(([, value]) => !/\$\{[A-Z_]+(:[?-])/.test(String(value)))
      .map(([key]) => `${name}.${key}`),
  );
}

/** Every `backend/dist/….js` a container is started with, from the image and both deployments. */
function entryPoints(): string[] {
  const k8sCommands = ['api.yaml', 'worker.yaml'].flatMap((file) =>
    manifests(file).flatMap((doc) => (deploymentOf(doc)?.containers ?? []).map((c) => c.command ?? [])),
  );
  const composeCommands = Object.values(compose.services).map((service) => service.command ?? []);
  return [image.cmd, ...k8sCommands, ...composeCommands]
    .map((command) => command[1])
    .filter((script): script is string => script?.startsWith('backend/') ?? false);
}

describe('deploy/docker/Dockerfile', () => {
  it('passes the Dockerfile parser and every rule of the application image', () => {
    expect(dockerfileProblems(dockerfile, workspaces)).toEqual([]);
  });

  it.each([
    ['runs as root', (t: string) => t.replace('USER 1000:1000', 'USER root'), 'USER root: not a numeric'],
    [
      'misspells an instruction',
      (t: string) => t.replace('EXPOSE 3000', 'EXPOSES 3000'),
      'Unknown instruction',
    ],
    [
      'floats its base',
      (t: string) => t.replace('20.20-bookworm-slim AS manifests', 'latest AS manifests'),
      'not pinned',
    ],
    ['checks no health', (t: string) => t.replace("+'/api/health'", "+'/'"), 'no HEALTHCHECK of /api/health'],
    [
      'installs before a workspace is there',
      (t: string) => t.replace('COPY web/package.json web/\n', ''),
      'web/package.json',
    ],
    [
      'starts what it never copied',
      (t: string) => t.replace('backend/dist/main.js', 'bench/dist/approvals.js'),
      'not copied',
    ],
  ])('refuses an image that %s', (_, mutate, problem) => {
    expect(dockerfileProblems(mutate(dockerfile), workspaces).join('\n')).toContain(problem);
  });

  it('starts the API and the worker from scripts that tsc compiles out of backend/src into the image', () => {
    const build = JSON.parse(readText(join(repoRoot, 'backend', 'tsconfig.build.json'))) as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    const scripts = new Set(entryPoints());
    expect(scripts).toEqual(new Set(['backend/dist/main.js', 'backend/dist/worker.js']));
    for (const script of scripts) {
      expect(existsSync(join(repoRoot, script.replace('/dist/', '/src/').replace(/\.js$/, '.ts')))).toBe(
        true,
      );
      expect(copiedIntoImage(image, script)).toBe(true);
    }
  });

  it('serves the web app from the folder the web build writes, its brotli files with it', () => {
    const webBuild = relative(repoRoot, WEB_DIST);
    expect(image.env.WEB_DIST_DIR).toBe(posix.join(image.workdir, webBuild));
    expect(copiedIntoImage(image, posix.join(webBuild, 'main-ABCD1234.js.br'))).toBe(true);
  });

  it('gives the workers the workflow code npm run build bundles, copied into the image', () => {
    const bundle = relative(repoRoot, builtWorkflowBundlePath);
    expect(image.env.WORKER_WORKFLOW_BUNDLE).toBe(posix.join(image.workdir, bundle));
    expect(copiedIntoImage(image, bundle)).toBe(true);
  });

  it('keeps installed packages, build output and secrets out of the build context', () => {
    const ignored = readText(join(repoRoot, '.dockerignore')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.data', '**/.env']));
  });
});

describe('deploy/compose/compose.yaml', () => {
  it('is valid against the Compose Specification', () => {
    expect(composeSchemaErrors(compose)).toEqual([]);
  });

  it('refuses, by the same schema, a misspelled field and a wrong type', () => {
    const misspelled = clone(compose);
    misspelled.services.api!.restrat = 'always';
    expect(composeSchemaErrors(misspelled).join('\n')).toContain('restrat');
    const mistyped = clone(compose);
    mistyped.services.worker!.volumes = './data:/data' as unknown as string[];
    expect(composeSchemaErrors(mistyped)).toContain('/services/worker/volumes must be array');
  });

  it('writes no secret: every password, key and token comes from the environment', () => {
    expect(literalSecrets(compose)).toEqual([]);
    const leaky = clone(compose);
    leaky.services.postgres!.environment!.POSTGRES_PASSWORD = 'hunter2';
    expect(literalSecrets(leaky)).toEqual(['postgres.POSTGRES_PASSWORD']);
    expect(compose.secrets.tls_key!.file).toMatch(/^\$\{TLS_KEY_FILE:\?/);
  });

  it('names in example.env every variable it takes, with no value for any secret', () => {
    const example = readText(join(deploy, 'compose', 'example.env'));
    const listed = new Map([...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(new Set(listed.keys())).toEqual(interpolatedVariables(compose));
    expect(new Set(listed.keys())).toEqual(new Set(Object.keys(filledEnv)));
    expect([...listed].filter(([name, value]) => value !== '' && name !== 'QOLTANBA_IMAGE')).toEqual([]);
  });

  it('refuses to start while a required secret is missing from .env', () => {
    const { SECRETS_ENCRYPTION_KEY: _, ...withoutKey } = filledEnv;
    expect(() => composeWith(withoutKey)).toThrow(/SECRETS_ENCRYPTION_KEY/);
  });

  it('runs the API and the worker twice each, with a configuration the backend accepts in production', () => {
    const filled = composeWith(filledEnv);
    for (const name of ['api', 'worker']) {
      const service = filled.services[name]!;
      expect(service.image).toBe(filledEnv.QOLTANBA_IMAGE);
      expect(service.deploy?.replicas).toBe(2);
      const config = loadConfig({ ...image.env, ...service.environment });
      expect(config.nodeEnv).toBe('production');
      expect(config.temporal.address).toBe('temporal:7233');
    }
    expect(loadConfig({ ...image.env, ...filled.services.api!.environment }).auth.trustProxyHops).toBe(1);
  });

  it('runs the official Temporal 1.29.1 images on PostgreSQL, visibility included', () => {
    const { postgres, temporal, 'temporal-schema': schema, 'temporal-setup': setup } = compose.services;
    expect(postgres!.image).toMatch(/^postgres:\d+/);
    expect(temporal!.image).toBe('temporalio/server:1.29.1');
    expect(temporal!.environment).toMatchObject({
      DB: 'postgres12',
      VISIBILITY_DBNAME: 'temporal_visibility',
    });
    for (const tools of [schema!, setup!]) expect(tools.image).toMatch(/^temporalio\/admin-tools:1\.29\.1-/);
    const schemaScript = readText(join(deploy, 'compose', 'temporal', 'setup-schema.sh'));
    expect(schemaScript).toContain('temporal_visibility:visibility');
    expect(schemaScript).toContain('/etc/temporal/schema/postgresql/v12/');
  });

  it('registers every search attribute of the process kit, as Keyword', () => {
    const script = readText(join(deploy, 'compose', 'temporal', 'setup-namespace.sh'));
    const registered = /for name in ([\w ]+); do/.exec(script)![1]!.split(' ');
    expect(new Set(registered)).toEqual(new Set(PROCESS_SEARCH_ATTRIBUTES.map((key) => key.name)));
    expect(new Set(PROCESS_SEARCH_ATTRIBUTES.map((key) => key.type))).toEqual(new Set(['KEYWORD']));
    expect(script).toContain('--type Keyword');
  });

  it('puts nginx in front of the API replicas, on the port the image listens on', () => {
    const nginx = readText(join(deploy, 'compose', 'nginx.conf'));
    expect(nginx).toMatch(new RegExp(`server api:${image.env.PORT} resolve`));
    expect(compose.services.api!.ports).toBeUndefined();
    expect(compose.services.proxy!.volumes).toContain('./nginx.conf:/etc/nginx/nginx.conf:ro');
  });

  it('mounts only files that are in deploy/compose', () => {
    const sources = Object.values(compose.services).flatMap((s) => s.volumes ?? []);
    const local = sources.map((volume) => volume.split(':')[0]!).filter((source) => source.startsWith('./'));
    expect(local.length).toBeGreaterThan(0);
    for (const source of local) expect(existsSync(join(deploy, 'compose', source))).toBe(true);
  });
});

// ── Kubernetes ─────────────────────────────────────────────────────────────────────────────────

interface Container {
  command?: string[];
  resources?: { limits?: { memory?: string } };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}
interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Env };
  spec?: Record<string, unknown>;
  data?: Env;
  stringData?: Env;
}

const k8s = join(deploy, 'k8s');
const manifests = (file: string) => parseYamlDocuments(readText(join(k8s, file))) as Manifest[];
const manifestFiles = readdirSync(k8s).filter(
  (file) => file.endsWith('.yaml') && !['kustomization.yaml', 'temporal-values.yaml'].includes(file),
);
const all = manifestFiles.flatMap((file) => manifests(file).map((doc) => ({ file, doc })));
const find = (kind: string, name: string) =>
  all.find(({ doc }) => doc.kind === kind && doc.metadata.name === name)!.doc;
const deploymentOf = (doc: Manifest) =>
  doc.kind === 'Deployment'
    ? (doc.spec as { template: { spec: PodSpec; metadata: { labels: Env } } }).template.spec
    : undefined;

describe('deploy/k8s', () => {
  it.each(all.map(({ file, doc }) => [`${file}: ${doc.kind} ${doc.metadata.name}`, doc] as const))(
    "%s is valid against Kubernetes 1.31's strict schema",
    (_, doc) => {
      expect(kubernetesSchemaErrors(doc)).toEqual([]);
    },
  );

  it('refuses, by the same schemas, a misspelled field, a wrong type and an unknown kind', () => {
    const misspelled = clone(find('Deployment', 'qoltanba-api'));
    misspelled.spec!.replica = 2;
    expect(kubernetesSchemaErrors(misspelled)).toContain(
      '/spec must NOT have additional properties: replica',
    );
    const mistyped = clone(find('Service', 'qoltanba-api'));
    (mistyped.spec!.ports as { port: unknown }[])[0]!.port = 'eighty';
    expect(kubernetesSchemaErrors(mistyped).join('\n')).toContain('/spec/ports/0/port');
    expect(kubernetesSchemaErrors({ ...misspelled, kind: 'Deploymnet' }).join('\n')).toContain('no schema');
  });

  it('applies every manifest through kustomization.yaml, the secret template excepted', () => {
    const kustomization = parseYaml(readText(join(k8s, 'kustomization.yaml'))) as { resources: string[] };
    expect(new Set(kustomization.resources)).toEqual(
      new Set(manifestFiles.filter((file) => file !== 'secret.template.yaml')),
    );
  });

  it('runs two API replicas and two workers, non-root, on a read-only file system, within memory limits', () => {
    for (const name of ['qoltanba-api', 'qoltanba-worker']) {
      const deployment = find('Deployment', name);
      expect(deployment.spec!.replicas).toBe(2);
      const pod = deploymentOf(deployment)!;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        });
        expect(container.resources?.limits?.memory).toMatch(/^\d+[MG]i$/);
      }
    }
  });

  it('keeps one replica of each through voluntary disruptions', () => {
    for (const name of ['qoltanba-api', 'qoltanba-worker']) {
      const budget = find('PodDisruptionBudget', name).spec as {
        minAvailable: number;
        selector: { matchLabels: Env };
      };
      const deployment = find('Deployment', name).spec as {
        replicas: number;
        template: { metadata: { labels: Env } };
      };
      expect(deployment.template.metadata.labels).toMatchObject(budget.selector.matchLabels);
      expect(budget.minAvailable).toBeLessThan(deployment.replicas);
    }
  });

  it('routes the TLS host of the ingress to the API Service, and the Service to the API pods', () => {
    const ingress = find('Ingress', 'qoltanba').spec as {
      tls: { hosts: string[] }[];
      rules: {
        host: string;
        http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] };
      }[];
    };
    expect(ingress.tls[0]!.hosts).toContain(ingress.rules[0]!.host);
    const backend = ingress.rules[0]!.http.paths[0]!.backend.service;
    const service = find('Service', backend.name).spec as { selector: Env; ports: { name: string }[] };
    expect(service.ports.map((port) => port.name)).toContain(backend.port.name);
    const api = find('Deployment', 'qoltanba-api').spec as { template: { metadata: { labels: Env } } };
    expect(api.template.metadata.labels).toMatchObject(service.selector);
  });

  it('configures the backend with variables it reads, and starts in production once the secret is filled in', () => {
    const config = find('ConfigMap', 'qoltanba-config').data!;
    const secret = find('Secret', 'qoltanba-secrets').stringData!;
    const known = Object.keys(environmentSchema.shape);
    expect(Object.keys({ ...config, ...secret }).filter((name) => !known.includes(name))).toEqual([]);
    expect(Object.values(secret).filter((value) => value !== '')).toEqual([]);
    expect(() => loadConfig({ ...config, ...secret })).toThrow(/DATABASE_URL/);
    expect(() =>
      loadConfig({ ...config, ...secret, DATABASE_URL: 'postgres://qoltanba:x@db:5432/qoltanba' }),
    ).toThrow(/SECRETS_ENCRYPTION_KEY: is required in production/);
    const filled = {
      ...secret,
      DATABASE_URL: 'postgres://qoltanba:x@db:5432/qoltanba',
      SECRETS_ENCRYPTION_KEY: filledEnv.SECRETS_ENCRYPTION_KEY!,
    };
    expect(loadConfig({ ...config, ...filled }).nodeEnv).toBe('production');
  });

  it("serves the workers' SDK metrics beyond the pod to the monitoring namespace alone", () => {
    const deployment = find('Deployment', 'qoltanba-worker');
    const worker = deploymentOf(deployment)!.containers[0]! as Container & {
      env: { name: string; value: string }[];
      ports: { name: string; containerPort: number }[];
    };
    const env = Object.fromEntries(worker.env.map(({ name, value }) => [name, value]));
    const config = loadConfig({
      ...find('ConfigMap', 'qoltanba-config').data!,
      ...env,
      DATABASE_URL: 'postgres://qoltanba:x@db:5432/qoltanba',
      SECRETS_ENCRYPTION_KEY: filledEnv.SECRETS_ENCRYPTION_KEY!,
    });
    expect(config.metrics).toMatchObject({ workerHost: '0.0.0.0', workerPort: 9464 });
    expect(worker.ports).toContainEqual({ name: 'metrics', containerPort: 9464 });

    const policy = find('NetworkPolicy', 'qoltanba-worker').spec as {
      podSelector: { matchLabels: Env };
      policyTypes: string[];
      ingress: {
        from: { namespaceSelector?: unknown; podSelector?: unknown }[];
        ports: { port: string }[];
      }[];
    };
    const pods = (deployment.spec as { template: { metadata: { labels: Env } } }).template.metadata.labels;
    expect(pods).toMatchObject(policy.podSelector.matchLabels);
    expect(policy.policyTypes).toEqual(['Ingress']);
    expect(policy.ingress).toHaveLength(1);
    expect(policy.ingress[0]!.ports).toEqual([{ port: 'metrics', protocol: 'TCP' }]);
    expect(policy.ingress[0]!.from.every((peer) => peer.namespaceSelector && !peer.podSelector)).toBe(true);
  });

  it("finds Temporal at the frontend Service the chart creates for a release named 'temporal'", () => {
    const defaults = chartDefaults() as { server: { frontend: { service: { port: number } } } };
    expect(find('ConfigMap', 'qoltanba-config').data!.TEMPORAL_ADDRESS).toBe(
      `temporal-frontend.temporal.svc.cluster.local:${defaults.server.frontend.service.port}`,
    );
  });
});

// ── Temporal's Helm values ─────────────────────────────────────────────────────────────────────

interface SqlStore {
  driver: string;
  sql: { driver: string; password: string; existingSecret: string };
}
interface TemporalValues {
  server: {
    image: { tag: string };
    config: { numHistoryShards: number; persistence: { default: SqlStore; visibility: SqlStore } };
  } & Record<string, { replicaCount?: number }>;
  [chart: string]: unknown;
}
const temporalValues = parseYaml(readText(join(k8s, 'temporal-values.yaml'))) as TemporalValues;

describe('deploy/k8s/temporal-values.yaml', () => {
  it('uses only keys the Temporal chart 0.73.2 knows', () => {
    expect(unknownChartKeys(temporalValues)).toEqual([]);
  });

  it('refuses a misspelled key', () => {
    const misspelled = clone(temporalValues) as unknown as { server: { config: Record<string, unknown> } };
    misspelled.server.config.numHistoryShard = 4;
    (misspelled.server as Record<string, unknown>).histroy = { replicaCount: 2 };
    expect(unknownChartKeys(misspelled)).toEqual(['server.config.numHistoryShard', 'server.histroy']);
  });

  it('keeps both stores on PostgreSQL, their password in a Secret, and the bundled services off', () => {
    const { default: main, visibility } = temporalValues.server.config.persistence;
    for (const store of [main, visibility]) {
      expect(store).toMatchObject({ driver: 'sql', sql: { driver: 'postgres12', password: '' } });
      expect(store.sql.existingSecret).toBe(find('Secret', 'temporal-store').metadata.name);
    }
    for (const bundled of ['elasticsearch', 'cassandra', 'mysql', 'prometheus', 'grafana'])
      expect(temporalValues[bundled]).toEqual({ enabled: false });
  });

  it("runs compose's Temporal server, the chart's own version, with as many history shards", () => {
    const defaults = chartDefaults() as { server: { image: { tag: string } } };
    expect(temporalValues.server.image.tag).toBe(defaults.server.image.tag);
    expect(compose.services.temporal!.image).toBe(`temporalio/server:${temporalValues.server.image.tag}`);
    expect(String(temporalValues.server.config.numHistoryShards)).toBe(
      compose.services.temporal!.environment!.NUM_HISTORY_SHARDS,
    );
  });

  it('runs every Temporal service at least twice', () => {
    for (const service of ['frontend', 'history', 'matching', 'worker'])
      expect(temporalValues.server[service]!.replicaCount).toBeGreaterThanOrEqual(2);
  });
});

describe("Temporal's dynamic configuration", () => {
  it.each(['compose/temporal/dynamicconfig.yaml', 'temporal/dynamicconfig.yaml'])(
    '%s keeps the search attribute cache: a read costs no database round trip',
    (file) => {
      const settings = (parseYaml(readText(join(deploy, file))) ?? {}) as Record<
        string,
        [{ value: unknown }]
      >;
      const forced = settings['system.forceSearchAttributesCacheRefreshOnRead'];
      expect(forced?.some((entry) => entry.value !== false) ?? false).toBe(false);
    },
  );
});

describe('deploy/README.md', () => {
  const readme = readText(join(deploy, 'README.md'));

  it('explains every production file', () => {
    const files = ['docker', 'compose', 'k8s'].flatMap((folder) =>
      readdirSync(join(deploy, folder), { recursive: true, withFileTypes: true })
        // Dotfiles are a deployment's own (compose/.env), never part of the repository.
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => relative(deploy, join(entry.parentPath, entry.name))),
    );
    expect(files.filter((file) => !readme.includes(file))).toEqual([]);
  });

  it('keeps a Capacity section for the measured figures', () => {
    expect(readme).toMatch(/^## Capacity$/m);
  });
});
