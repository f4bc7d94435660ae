import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as pkijs from 'pkijs';
import type { RequestOptions } from '../src/client/agent-client.js';
import { EKU } from '../src/crypto/certificate-details.js';
import * as x509 from '../src/crypto/x509.js';
import type { PreparedRegistration, RegistrationRequest } from '../src/methods/registration-keys.js';
import type { KeyPairListing } from '../src/methods/token-objects.js';
import { PROMPT_TEXTS } from '../src/pin/pin-prompt-texts.js';
import { AGENT_MODULE } from '../src/protocol/messages.js';
import {
  enterAtPrompt,
  type Harness,
  newRecord,
  type PromptRecord,
  startHarness,
  uniqueIdentifier,
  USER_PIN,
  withPin,
} from './agent-harness.js';

const SUBJECT = {
  iin: uniqueIdentifier(),
  bin: uniqueIdentifier(),
  commonName: 'ТІРКЕУ ТЕСТ',
  surname: 'ТІРКЕУ',
  organization: 'ТОО «Тіркеу»',
  country: 'KZ' as const,
};
const keyLister = fileURLToPath(new URL('./token-inspector.mjs', import.meta.url));
const newTag = () => randomBytes(8).toString('hex');

interface KeyObject {
  class: 'private' | 'public';
  id: string;
  label: string;
}

/** The token's wizard steps on a new token: its key pairs and requests, and its first own PIN. */
describe('the registration wizard on a new token', () => {
  let harness: Harness;
  let keys: string;
  let initialPin: string;

  beforeAll(async () => {
    harness = await startHarness(['wizard-keys', 'wizard-pin']);
    [keys, initialPin] = (await Promise.all(harness.tokens.map((token) => harness.slotOf(token)))) as [
      string,
      string,
    ];
  });
  afterAll(async () => {
    await harness?.stop();
  });

  /** Every key object on the keys token, private ones included, as another program sees them. */
  const keyObjects = async (): Promise<KeyObject[]> => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      keyLister,
      JSON.stringify({
        modulePath: process.env.QOLTANBA_TEST_PKCS11_MODULE,
        label: harness.tokens[0]!.label,
        pin: USER_PIN,
      }),
    ]);
    return JSON.parse(stdout) as KeyObject[];
  };

  /** Both purposes (the default) answer both requests. */
  type BothPrepared = PreparedRegistration & { signing: RegistrationRequest };
  const prepare = (registrationTag: string, record = newRecord()) =>
    harness.client.call<BothPrepared>(
      AGENT_MODULE,
      'prepareRegistration',
      { slotId: keys, registrationTag, subject: SUBJECT, locale: 'en' },
      withPin(USER_PIN, record),
    );

  describe('prepareRegistration', () => {
    const tag = newTag();
    let first: BothPrepared;

    it('makes a signing and an authentication key pair labelled with the tag, and a verifiable request for each, asking for the PIN once', async () => {
      const record = newRecord();
      first = await prepare(tag, record);

      await waitFor(() => record.replies.length === 1);
      expect(record.events.map((event) => event.operation)).toEqual([{ kind: 'prepareRegistration' }]);
      expect(record.replies).toEqual([{ outcome: 'accepted', message: expect.any(String) }]);
      expect(first).toEqual({
        slotId: keys,
        reused: false,
        signing: { keyId: expect.stringMatching(/^[0-9a-f]{40}$/), certificateRequest: expect.any(String) },
        authentication: {
          keyId: expect.stringMatching(/^[0-9a-f]{40}$/),
          certificateRequest: expect.any(String),
        },
      });
      expect(first.authentication.keyId).not.toBe(first.signing.keyId);

      expect(sortKeys(await keyObjects())).toEqual(
        sortKeys([
          { class: 'private', id: first.signing.keyId, label: `${tag}-sign` },
          { class: 'public', id: first.signing.keyId, label: `${tag}-sign` },
          { class: 'private', id: first.authentication.keyId, label: `${tag}-auth` },
          { class: 'public', id: first.authentication.keyId, label: `${tag}-auth` },
        ]),
      );

      const listed = await harness.client.call<KeyPairListing[]>(AGENT_MODULE, 'listKeyPairs', {
        slotId: keys,
      });
      const publicKeyOf = (keyId: string) => listed.find((pair) => pair.keyId === keyId)?.publicKey;
      for (const [purpose, usage] of [
        ['signing', EKU.signing],
        ['authentication', EKU.clientAuthentication],
      ] as const) {
        const { keyId, certificateRequest } = first[purpose];
        const der = Buffer.from(certificateRequest, 'base64');
        expect(await pkijs.CertificationRequest.fromBER(der).verify()).toBe(true);
        const request = new x509.Pkcs10CertificateRequest(der);
        expect(await request.verify()).toBe(true);
        expect(Buffer.from(request.publicKey.rawData).toString('base64')).toBe(publicKeyOf(keyId));
        expect(request.subjectName.getField('2.5.4.5')).toEqual([`IIN${SUBJECT.iin}`]);
        expect((request.getExtension('2.5.29.37') as x509.ExtendedKeyUsageExtension | null)?.usages).toEqual([
          usage,
        ]);
      }
    });

    it('reuses both key pairs when the step is repeated with the same tag, leaving no new key on the token', async () => {
      const before = await keyObjects();
      const again = await prepare(tag);

      expect(again).toMatchObject({
        slotId: keys,
        reused: true,
        signing: { keyId: first.signing.keyId },
        authentication: { keyId: first.authentication.keyId },
      });
      const request = new x509.Pkcs10CertificateRequest(
        Buffer.from(again.authentication.certificateRequest, 'base64'),
      );
      expect(await request.verify()).toBe(true);
      expect(sortKeys(await keyObjects())).toEqual(sortKeys(before));
      expect(before).toHaveLength(4);
    });

    it('makes new key pairs for a different tag', async () => {
      const other = newTag();
      const prepared = await prepare(other);

      expect(prepared.reused).toBe(false);
      expect([prepared.signing.keyId, prepared.authentication.keyId]).not.toContain(first.signing.keyId);
      expect([prepared.signing.keyId, prepared.authentication.keyId]).not.toContain(
        first.authentication.keyId,
      );
      const after = await keyObjects();
      expect(after).toHaveLength(8);
      expect(after.filter((key) => key.label.startsWith(other))).toHaveLength(4);
    });

    it('makes only the missing pair when an earlier attempt left one, answering reused: false', async () => {
      const partial = newTag();
      const { keyId } = await harness.client.call<{ keyId: string }>(
        AGENT_MODULE,
        'generateKeyPair',
        { slotId: keys, label: `${partial}-sign` },
        withPin(),
      );
      const prepared = await prepare(partial);

      expect(prepared.reused).toBe(false);
      expect(prepared.signing.keyId).toBe(keyId);
      expect((await keyObjects()).filter((key) => key.label.startsWith(partial))).toHaveLength(4);
    });

    it('makes only the log-in key pair when a national signing certificate is on the token already', async () => {
      const national = newTag();
      const prepared = await harness.client.call<PreparedRegistration>(
        AGENT_MODULE,
        'prepareRegistration',
        {
          slotId: keys,
          registrationTag: national,
          subject: SUBJECT,
          purposes: ['authentication'],
          locale: 'en',
        },
        withPin(),
      );

      expect(prepared.signing).toBeUndefined();
      expect(
        (await keyObjects()).filter((key) => key.label.startsWith(national)).map((key) => key.label),
      ).toEqual([`${national}-auth`, `${national}-auth`]);
      const withoutLogIn = await harness.client.request(AGENT_MODULE, 'prepareRegistration', {
        slotId: keys,
        registrationTag: newTag(),
        subject: SUBJECT,
        purposes: ['signing'],
      });
      expect(withoutLogIn).toMatchObject({ status: false, code: 'MALFORMED_REQUEST' });
    });

    it('refuses a tag that is not 8 to 24 lowercase hexadecimal digits', async () => {
      const answer = await harness.client.request(AGENT_MODULE, 'prepareRegistration', {
        slotId: keys,
        registrationTag: 'ABC-123',
        subject: SUBJECT,
      });
      expect(answer).toMatchObject({ status: false, code: 'MALFORMED_REQUEST' });
    });
  });

  describe('changePin from the factory default', () => {
    const NEW_PIN = 'Kaztoken2025';
    const en = PROMPT_TEXTS.en;

    it('asks only for the new PIN, refuses 12345678 and runs like abc12345 in the prompt, and sets it', async () => {
      const record = newRecord();
      let page = '';
      const changed = await harness.client.call(
        AGENT_MODULE,
        'changePin',
        { slotId: initialPin, fromDefault: true, locale: 'en' },
        readPageThenEnter(
          [{ newPin: '12345678' }, { newPin: 'abc12345' }, { newPin: NEW_PIN }],
          record,
          (html) => (page = html),
        ),
      );

      expect(changed).toEqual({ slotId: initialPin, changed: true });
      expect(record.events.map((event) => event.operation)).toEqual([{ kind: 'setInitialPin' }]);
      expect(page).toContain('12345678: replace it with your own');
      expect(page).toContain('At least 8 characters, Latin letters and digits only');
      expect(page).toContain('name="newPin"');
      expect(page).not.toContain('name="pin"');
      await waitFor(() => record.replies.length === 3);
      expect(record.replies).toEqual([
        { outcome: 'retry', code: 'PIN_POLICY', message: en.policy.sequence, pinState: expect.anything() },
        { outcome: 'retry', code: 'PIN_POLICY', message: en.policy.sequence, pinState: expect.anything() },
        { outcome: 'accepted', message: expect.any(String) },
      ]);

      await expect(
        harness.client.call(AGENT_MODULE, 'generateKeyPair', { slotId: initialPin }, withPin(NEW_PIN)),
      ).resolves.toMatchObject({ profile: 'RSA-2048/SHA-256' });
    });

    it("answers PIN_NOT_DEFAULT, closing the prompt at once, when the token's PIN was set already", async () => {
      const record = newRecord();
      const answer = await harness.client.request(
        AGENT_MODULE,
        'changePin',
        { slotId: initialPin, fromDefault: true, locale: 'en' },
        enterAtPrompt([{ newPin: 'Another2025x' }, { newPin: 'Another2025x' }], record),
      );

      expect(answer).toMatchObject({ status: false, code: 'PIN_NOT_DEFAULT' });
      await waitFor(() => record.replies.length === 1);
      expect(record.replies).toEqual([
        { outcome: 'failed', code: 'PIN_NOT_DEFAULT', message: en.notDefault },
      ]);
      // The PIN the user set stays the token's.
      await expect(
        harness.client.call(AGENT_MODULE, 'generateKeyPair', { slotId: initialPin }, withPin(NEW_PIN)),
      ).resolves.toMatchObject({ profile: 'RSA-2048/SHA-256' });
    });
  });
});

/** As `enterAtPrompt`, after reading the prompt page the user sees. */
function readPageThenEnter(
  entries: Parameters<typeof enterAtPrompt>[0],
  record: PromptRecord,
  onPage: (html: string) => void,
): RequestOptions {
  const enter = enterAtPrompt(entries, record);
  return {
    onPinRequested: (event) => {
      void fetch(event.url)
        .then(async (response) => onPage(await response.text()))
        .then(() => enter.onPinRequested?.(event));
    },
  };
}

function sortKeys(keys: KeyObject[]): KeyObject[] {
  return [...keys].sort((a, b) => `${a.id}${a.class}`.localeCompare(`${b.id}${b.class}`));
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
