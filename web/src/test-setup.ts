// Zoneless like the app itself (app.config.ts), so tests see the same change detection as users.
// The explicit index.mjs: the package has no "exports" map, so the bare path would pick the CommonJS
// index.js, which cannot require Angular's ES-module-only bundles under --experimental-vm-modules.
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless/index.mjs';

setupZonelessTestEnv();
