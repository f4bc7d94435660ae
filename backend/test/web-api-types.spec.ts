import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The web app's API types, generated from the document this API serves. */
const TARGET = fileURLToPath(new URL('../../web/src/app/core/http/api-types.generated.ts', import.meta.url));
const HEADER = `/* Generated from the schemas of the API's OpenAPI document by openapi-typescript: do not edit.
 * \`npm run api:types\` writes it again; \`npm test\` fails while it differs from the API. */\n\n`;

describe("The web app's API types", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('are generated from the OpenAPI document the API serves, and current', async () => {
    const { body } = await testApp.http().get('/api/docs/openapi.json');
    // The schemas are what the pages type their data with; the operations would only repeat the
    // shared error responses once per route.
    const schemasOnly = { ...(body as object), paths: {} } as Parameters<typeof openapiTS>[0];
    const source = HEADER + astToString(await openapiTS(schemasOnly));
    const generated = await prettier.format(source, {
      ...(await prettier.resolveConfig(TARGET)),
      filepath: TARGET,
    });
    if (process.env.UPDATE_API_TYPES === '1') await writeFile(TARGET, generated);
    const current = await readFile(TARGET, 'utf8').catch(() => '');

    expect(current === generated ? 'current' : 'stale: run `npm run api:types`').toBe('current');
  });
});
