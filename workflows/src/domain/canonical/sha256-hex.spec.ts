import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sha256Hex } from './sha256-hex.js';

describe(sha256Hex.name, () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('gives the FIPS 180 digest of %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('hashes the UTF-8 bytes of Kazakh and Russian text, as every other implementation does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('Қолтаңба', 'Платёжное поручение №1')),
        (text) => {
          expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
        },
      ),
    );
  });
});
