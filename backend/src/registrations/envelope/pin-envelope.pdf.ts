import { renderPdf, type FontName } from '../../common/pdf/render-pdf.js';
import type { LegalForm } from '../../organizations/organization.entity.js';
import { type Bilingual, ENVELOPE_TEXTS as T } from './pin-envelope.texts.js';

/** What one envelope prints: the only place the card's PIN and cells are ever written out. */
export interface PinEnvelopeContent {
  bankName: string;
  organization: { name: string; binIin: string; legalForm: LegalForm };
  userFullName: string;
  registrationUserId: string;
  card: { serial: string; pin: string; cells: { cell: number; code: string }[] };
  validityDays: number;
  issuedAt: Date;
  /** A new user's Standard log-in and one-time password, when issued with the card (onboarding). */
  standard?: { login: string; password: string };
}

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const MARGIN = 36;
/** Low, so the footer fits at the foot of the page: pdfkit would start a second page for text past it. */
const BOTTOM_MARGIN = 18;
const FOOTER_HEIGHT = 46;
const LEFT = MARGIN;
const WIDTH = A4_WIDTH - 2 * MARGIN;
const VALUE_X = LEFT + 200;
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#9a9a9a';
const PANEL = '#f1f2f4';
const ACCENT = '#a4161a';
const GRID_COLUMNS = 5;

const both = (text: Bilingual, separator = ' / ') => `${text.kk}${separator}${text.ru}`;

const issueDate = (at: Date) =>
  new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Asia/Almaty',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);

/** One A4 page: who and what it is for, the user ID and the card (serial, PIN, cells), how to register. */
export async function renderPinEnvelope(content: PinEnvelopeContent): Promise<Buffer> {
  return renderPdf(
    {
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM_MARGIN },
      // Nothing personal in the metadata: a file list or a print queue shows it.
      info: { Title: both(T.title), Author: content.bankName },
    },
    (doc) => {
      let y = header(doc, content);
      y = details(doc, content, y);
      y = credentials(doc, content, y + 6);
      y = cells(doc, content.card.cells, y + 14);
      instructions(doc, y + 14);
      footer(doc);
    },
  );
}

type Doc = PDFKit.PDFDocument;

function header(doc: Doc, content: PinEnvelopeContent): number {
  // The bank's name on one line: smaller when it is long, cut with an ellipsis past that.
  const nameWidth = WIDTH * 0.6;
  let nameSize = 16;
  doc.font('sansBold');
  while (nameSize > 11 && doc.fontSize(nameSize).widthOfString(content.bankName) > nameWidth) nameSize -= 0.5;
  doc
    .fontSize(nameSize)
    .fillColor(INK)
    .text(content.bankName, LEFT, MARGIN, { width: nameWidth, height: nameSize * 1.3, ellipsis: true });
  doc
    .font('sansBold')
    .fontSize(8)
    .fillColor(ACCENT)
    .text(both(T.confidential, ' · '), LEFT, MARGIN + 2, { width: WIDTH, align: 'right' });
  doc
    .font('sans')
    .fontSize(8)
    .fillColor(MUTED)
    .text(`${both(T.issuedOn)}: ${issueDate(content.issuedAt)}`, LEFT, MARGIN + 14, {
      width: WIDTH,
      align: 'right',
    });
  let y = MARGIN + 34;
  doc.font('sansBold').fontSize(13).fillColor(INK).text(T.title.kk, LEFT, y, { width: WIDTH });
  y += 18;
  doc.font('sansBold').fontSize(13).fillColor(MUTED).text(T.title.ru, LEFT, y, { width: WIDTH });
  y += 24;
  doc
    .moveTo(LEFT, y)
    .lineTo(LEFT + WIDTH, y)
    .lineWidth(0.8)
    .strokeColor(RULE)
    .stroke();
  return y + 10;
}

function details(doc: Doc, content: PinEnvelopeContent, top: number): number {
  const { organization } = content;
  const rows: [Bilingual, string][] = [
    [T.organization, organization.name],
    [organization.legalForm === 'LEGAL_ENTITY' ? T.bin : T.iin, organization.binIin],
    [T.user, content.userFullName],
    [T.validity, both(T.validityDays(content.validityDays))],
  ];
  const labelWidth = VALUE_X - LEFT - 10;
  const valueWidth = LEFT + WIDTH - VALUE_X;
  let y = top;
  for (const [label, value] of rows) {
    const labelText = both(label);
    doc
      .font('sans')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(labelText, LEFT, y + 2, { width: labelWidth });
    const labelHeight = doc.heightOfString(labelText, { width: labelWidth });
    doc.font('sans').fontSize(11).fillColor(INK);
    // A long name takes two lines at most (cut with an ellipsis): the page has room for no more.
    const valueHeight = Math.min(
      doc.heightOfString(value, { width: valueWidth }),
      2 * doc.currentLineHeight(true),
    );
    doc.text(value, VALUE_X, y, { width: valueWidth, height: valueHeight, ellipsis: true });
    y += Math.max(labelHeight + 2, valueHeight) + 6;
  }
  return y;
}

/** The user ID, the card's serial and its PIN, large, in a monospace face (no look-alike letters). */
function credentials(doc: Doc, content: PinEnvelopeContent, top: number): number {
  const x = LEFT + 16;
  const width = WIDTH - 32;
  type Field = [Bilingual, string, FontName, number];
  const fields: Field[] = [
    [T.registrationUserId, content.registrationUserId, 'monoBold', 18],
    ...(content.standard
      ? [
          [T.standardLogin, content.standard.login, 'mono', 12] satisfies Field,
          [T.standardPassword, content.standard.password, 'monoBold', 12] satisfies Field,
        ]
      : []),
    [T.cardSerial, content.card.serial, 'mono', 13],
    [T.pin, content.card.pin, 'monoBold', 34],
  ];
  const height = 12 + fields.reduce((sum, [, , , size]) => sum + 13 + size * 1.2 + 8, 0);
  doc.roundedRect(LEFT, top, WIDTH, height, 6).lineWidth(1).fillAndStroke(PANEL, RULE);
  let y = top + 12;
  for (const [label, value, font, size] of fields) {
    doc.font('sans').fontSize(8.5).fillColor(MUTED).text(both(label), x, y, { width });
    y += 13;
    doc.font(font).fontSize(size).fillColor(INK).text(value, x, y, { width, lineBreak: false });
    y += size * 1.2 + 8;
  }
  return top + height;
}

/** The 35 cells, five to a row, each its number and its code. */
function cells(doc: Doc, cardCells: PinEnvelopeContent['card']['cells'], top: number): number {
  doc.font('sansBold').fontSize(10).fillColor(INK).text(both(T.cells), LEFT, top, { width: WIDTH });
  doc.font('sans').fontSize(8).fillColor(MUTED);
  doc.text(T.cellsHint.kk, LEFT, top + 15, { width: WIDTH });
  doc.text(T.cellsHint.ru, LEFT, doc.y, { width: WIDTH });
  const gridTop = doc.y + 6;
  const cellWidth = WIDTH / GRID_COLUMNS;
  const cellHeight = 22;
  cardCells.forEach(({ cell, code }, index) => {
    const x = LEFT + (index % GRID_COLUMNS) * cellWidth;
    const y = gridTop + Math.floor(index / GRID_COLUMNS) * cellHeight;
    doc.rect(x, y, cellWidth, cellHeight).lineWidth(0.5).strokeColor(RULE).stroke();
    doc
      .font('sans')
      .fontSize(8)
      .fillColor(MUTED)
      .text(String(cell).padStart(2, '0'), x + 7, y + 7.5, { lineBreak: false });
    doc
      .font('monoBold')
      .fontSize(13)
      .fillColor(INK)
      .text(code, x + 30, y + 4.5, { lineBreak: false });
  });
  return gridTop + Math.ceil(cardCells.length / GRID_COLUMNS) * cellHeight;
}

/** Kazakh on the left, Russian on the right, the same steps in the same order. */
function instructions(doc: Doc, top: number): void {
  const gap = 20;
  const columnWidth = (WIDTH - gap) / 2;
  const column = (x: number, title: string, steps: readonly string[]) => {
    doc.font('sansBold').fontSize(10).fillColor(INK).text(title, x, top, { width: columnWidth });
    let y = top + 16;
    steps.forEach((step, index) => {
      const text = `${index + 1}. ${step}`;
      doc.font('sans').fontSize(8.5).fillColor(INK).text(text, x, y, { width: columnWidth });
      y += doc.heightOfString(text, { width: columnWidth }) + 4;
    });
  };
  column(LEFT, T.instructionsTitle.kk, T.instructions.kk);
  column(LEFT + columnWidth + gap, T.instructionsTitle.ru, T.instructions.ru);
}

/** At the foot of the page, whatever is above it. */
function footer(doc: Doc): void {
  const top = A4_HEIGHT - BOTTOM_MARGIN - FOOTER_HEIGHT;
  doc
    .moveTo(LEFT, top)
    .lineTo(LEFT + WIDTH, top)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc
    .font('sans')
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(T.footer.kk, LEFT, top + 6, { width: WIDTH });
  doc.text(T.footer.ru, LEFT, doc.y + 2, { width: WIDTH });
}
