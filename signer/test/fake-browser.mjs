#!/usr/bin/env node
// The browser the agent opens its own pages in during tests (SIGNER_BROWSER): it writes down the
// address for the test, which plays the user at that page.
import { appendFileSync } from 'node:fs';

appendFileSync(process.env.FAKE_BROWSER_LOG, `${process.argv.at(-1)}\n`);
