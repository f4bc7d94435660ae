import { dataDir } from './paths.js';
import { runAsCommand, runPlatform } from './run-platform.js';

/** `npm start`: one API, one worker, the Temporal dev server; data under .data/. */
runAsCommand('npm start', () => runPlatform(dataDir));
