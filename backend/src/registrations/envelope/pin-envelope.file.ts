import { StreamableFile } from '@nestjs/common';
import type { PinEnvelope } from './pin-envelope.service.js';

/** The envelope as a download to save and print, not to show inline (the route says no-store). */
export function toPdfAttachment({ filename, pdf }: PinEnvelope): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `attachment; filename="${filename}"`,
    length: pdf.length,
  });
}
