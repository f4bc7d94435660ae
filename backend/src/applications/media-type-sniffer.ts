import type { AttachmentRef } from '@qoltanba/workflows/domain';

/**
 * The accepted attachment's type, read from its first bytes (never from the name or the browser's
 * claim): PDF (`%PDF-`), PNG (its 8-byte signature) or JPEG (SOI marker then another marker).
 * Three fixed signatures need no library; anything else is refused.
 */
export function sniffMediaType(bytes: Uint8Array): AttachmentRef['mediaType'] | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return undefined;
}
