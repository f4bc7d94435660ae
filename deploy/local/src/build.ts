import { buildWebApp } from './web-build.js';

// `npm run build`: the web app as `npm start` serves it (chunks merged, brotli files beside them).
await buildWebApp((line) => console.log(line));
