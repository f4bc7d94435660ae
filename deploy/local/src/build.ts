import { builtWorkflowBundlePath, writeWorkflowBundle } from '@qoltanba/workflows/bundling';
import { buildWebApp } from './web-build.js';

// `npm run build`: the web app as `npm start` serves it (chunks merged, brotli files beside them),
// and the workflow code bundled for the workers (the image's WORKER_WORKFLOW_BUNDLE).
await buildWebApp((line) => console.log(line));
await writeWorkflowBundle(builtWorkflowBundlePath);
console.log(`Workflow code bundled: ${builtWorkflowBundlePath}`);
