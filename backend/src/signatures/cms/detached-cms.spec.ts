import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SoftwareCa } from '../../../test/support/software-ca.js';
import { type SoftwareSigner, softwareCms, softwareSigner } from '../../../test/support/software-cms.js';
import { EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import { parseDetachedCms } from './detached-cms.js';

/** The outcome of reading: what was read, or the refusal's code. */
function outcome(der: Buffer, cache: boolean): unknown {
  try {
    return parseDetachedCms(der, { cache });
  } catch (error) {
    if (error instanceof EdsRefusal) return { refused: error.code };
    throw error;
  }
}

describe(parseDetachedCms.name, () => {
  let signer: SoftwareSigner;

  beforeAll(async () => {
    signer = await softwareSigner(await SoftwareCa.create('Template CA'));
  });

  it('reads a signer’s next CMS from the first one’s layout exactly as a full read would', async () => {
    const first = await softwareCms(signer, Buffer.from('first'));
    parseDetachedCms(first);
    const later = await softwareCms(signer, Buffer.from('second document'), {
      signingTime: new Date('2031-05-06T07:08:09Z'),
    });
    const fromTemplate = parseDetachedCms(later);
    expect(fromTemplate).toEqual(parseDetachedCms(later, { cache: false }));
    expect(fromTemplate.signingTime.toISOString()).toBe('2031-05-06T07:08:09.000Z');
  });

  it('refuses, as malformed, a CMS whose content-type attribute has its SET of values cut to nothing', async () => {
    const original = await softwareCms(signer, Buffer.from('payment order'));
    const altered = Buffer.from(original);
    // The content-type attribute: its OID, then its SET (tag 0x31) whose length is made 0.
    const contentTypeOid = Buffer.from('06092a864886f70d010903', 'hex');
    altered[altered.indexOf(contentTypeOid) + contentTypeOid.length + 1] = 0;

    expect(outcome(altered, false)).toEqual({ refused: EdsErrorCode.CMS_MALFORMED });
    expect(outcome(altered, true)).toEqual(outcome(altered, false));
  });

  it.each([
    ['anywhere', () => ({ from: 0, to: Infinity })],
    [
      'in the signed attributes (time, digest, their tags and lengths)',
      (original: Buffer) => {
        const attributes = Buffer.from(parseDetachedCms(original, { cache: false }).signedAttributes);
        attributes[0] = 0xa0;
        const from = original.indexOf(attributes);
        return { from, to: from + attributes.length };
      },
    ],
  ])('reads a CMS altered %s the same with and without templates', async (_, region) => {
    const original = await softwareCms(signer, Buffer.from('payment order'));
    parseDetachedCms(original);
    const { from, to } = region(original);
    const last = Math.min(to, original.length) - 1;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.integer({ min: from, max: last }), value: fc.integer({ min: 0, max: 255 }) }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (changes) => {
          const altered = Buffer.from(original);
          for (const { at, value } of changes) altered[at] = value;
          expect(outcome(altered, true)).toEqual(outcome(altered, false));
        },
      ),
      { numRuns: 100 },
    );
  });
});
