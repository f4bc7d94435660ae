/**
 * How a worker bundles this package's workflows. Node-side only: the worker and tests import it,
 * workflow code never does.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleOptions } from '@temporalio/worker';

const here = fileURLToPath(import.meta.url);

/** `index.ts` when running from source (tests), `index.js` when running the compiled package. */
export const workflowsPath = join(dirname(here), here.endsWith('.ts') ? 'index.ts' : 'index.js');

/** The sources' entry, from either: a test run bundles what is written, whatever was last compiled. */
export const workflowsSourcePath = join(dirname(here), '..', 'src', 'index.ts');

/** ESM sources import `./x.js`; when bundling from source webpack must find `./x.ts` instead. */
export const bundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => ({
    ...config,
    resolve: { ...config.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
  }),
};
