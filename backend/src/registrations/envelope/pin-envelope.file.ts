import { StreamableFile } from '@nestjs/common';

/** A printed envelope: the PDF and the name it is saved under. */
export interface PinEnvelope {
  filename: string;
  pdf: Buffer;
}

/** The envelope as a download to save and print, not to show inline (the route says no-store). */
export function toPdfAttachment({ filename, pdf }: PinEnvelope): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `attachment; filename="${filename}"`,
    length: pdf.length,
  });
}
