import { describe, expect, it } from '@jest/globals';
import { sniffMediaType } from './media-type-sniffer.js';

describe(sniffMediaType.name, () => {
  it('reads a PDF, a PNG and a JPEG by their first bytes', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('refuses a file whose content is not one of them, whatever it is called', () => {
    expect(sniffMediaType(Buffer.from('MZ\x90\x00 an executable named invoice.pdf'))).toBeUndefined();
    expect(sniffMediaType(Buffer.from('<html>%PDF-'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});
