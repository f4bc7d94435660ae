import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const FONT_FILES = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
let fonts: Promise<[FontName, Buffer][]> | undefined;

/**
 * DejaVu comes with the app (an npm package), not from the host: it has Cyrillic with every Kazakh
 * letter (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі), and a fresh server may have no fonts at all.
 */
function loadFonts(): Promise<[FontName, Buffer][]> {
  fonts ??= Promise.all(
    (Object.keys(FONT_FILES) as FontName[]).map(async (name): Promise<[FontName, Buffer]> => [
      name,
      await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES[name]}`)),
    ]),
  ).catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}

/** A pdfkit document with the DejaVu fonts registered, drawn by `draw`, as the finished bytes. */
export async function renderPdf(
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  // Loaded at the first document, not at start: pdfkit and its font stack take ~0.3 s to load, in
  // every API and worker process and every test file that boots the app.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument(options);
  for (const [name, data] of await loadFonts()) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
