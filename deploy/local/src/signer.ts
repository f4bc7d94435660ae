import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_TOKEN, prepareDemoToken } from './demo-token.js';
import { dataDir, repoRoot } from './paths.js';
import { describeFailure } from './tool-error.js';
import { ensureNssTools } from './tools/nss-tools.js';

/**
 * `npm run signer`: the signing agent alone, as a client runs it on their own computer. Without
 * PKCS11_MODULE it uses the SoftHSM2 demo token; with it, the given library (a real KAZTOKEN's).
 * `npm run signer -- trust install` (or `uninstall`, `status`) runs the agent's set-up command
 * instead, with NSS's certutil installed first.
 */
async function signer(args: string[]): Promise<void> {
  const env = { ...process.env };
  if (args[0] === 'trust') await ensureNssTools(console.log);
  else if (!env.PKCS11_MODULE) {
    const token = await prepareDemoToken(dataDir, console.log);
    Object.assign(env, { PKCS11_MODULE: token.modulePath, SOFTHSM2_CONF: token.configPath });
    console.log(`Using the SoftHSM2 demo token "${DEMO_TOKEN.label}" (PIN ${DEMO_TOKEN.userPin}).`);
  }
  const child = spawn(process.execPath, [join(repoRoot, 'signer/dist/main.js'), ...args], {
    env,
    stdio: 'inherit',
  });
  child.once('exit', (code) => process.exit(code ?? 0));
}

// bootstrap.mjs runs this module in its own process: `node bootstrap.mjs signer <args…>`.
signer(process.argv.slice(3)).catch((error: unknown) => {
  console.error(`npm run signer stopped: ${describeFailure(error)}`);
  process.exit(1);
});
