import { describeFailure } from './tool-error.js';
import { ensureTestTools } from './tools/test-tools.js';

/**
 * `npm run setup`: installs what `npm test` and `npm start` need from outside npm (the Temporal
 * builds, SoftHSM2, Chromium, NSS's certutil, nginx) and says where each is, without running anything else.
 */
ensureTestTools()
  .then((tools) => {
    console.log(`Temporal CLI   ${tools.temporalCli}`);
    console.log(`Temporal       ${tools.temporalServer.server}`);
    console.log(`SoftHSM2       ${tools.softHsm.modulePath}`);
    console.log(`Chromium       ${tools.chromium}`);
    console.log(`certutil       ${tools.certutil}`);
    console.log(`nginx          ${tools.nginx}`);
  })
  .catch((error: unknown) => {
    console.error(`\nSet-up stopped: ${describeFailure(error)}`);
    process.exit(1);
  });
