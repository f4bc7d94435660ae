import { renderPdf } from '../../common/pdf/render-pdf.js';
import type { StatementEntryView } from '../dto/account-statement.dto.js';
import type { StatementExportInput } from './statement-export-input.js';
import {
  STATEMENT_TEXTS,
  type StatementTexts,
  almatyDay,
  dayText,
  moneyText,
  purposeText,
} from './statement-texts.js';

const MARGIN = 28;
const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape
const BOTTOM = PAGE.height - MARGIN;
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#b0b0b0';

/** The entries table's columns: what each shows and how wide it is (points). */
const COLUMNS: readonly { key: keyof StatementTexts; width: number; align?: 'right' }[] = [
  { key: 'date', width: 58 },
  { key: 'number', width: 60 },
  { key: 'counterparty', width: 200 },
  { key: 'knp', width: 34 },
  { key: 'purpose', width: 260 },
  { key: 'debit', width: 86, align: 'right' },
  { key: 'credit', width: 86, align: 'right' },
];

/**
 * The statement as a printable PDF (pdfkit, DejaVu for Kazakh letters): who and which account,
 * the period's balances and turnovers, then the entries, the table's heading repeated on every page.
 */
export function statementAsPdf(input: StatementExportInput): Promise<Buffer> {
  const t = STATEMENT_TEXTS[input.language];
  return renderPdf(
    {
      size: 'A4',
      layout: 'landscape',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 10 },
      info: { Title: `${t.title} ${input.statement.iban}`, Author: input.bank.name },
    },
    (doc) => {
      let y = header(doc, input, t);
      y = tableHeading(doc, t, y + 10);
      if (input.statement.entries.length === 0) {
        doc
          .font('sans')
          .fontSize(9)
          .fillColor(MUTED)
          .text(t.noEntries, MARGIN, y + 4);
      }
      for (const entry of input.statement.entries) {
        const height = rowHeight(doc, entry);
        if (y + height > BOTTOM) {
          doc.addPage();
          y = tableHeading(doc, t, MARGIN);
        }
        y = row(doc, entry, input, y, height);
      }
      if (input.statement.truncated)
        doc
          .font('sans')
          .fontSize(8)
          .fillColor(MUTED)
          .text(t.truncated, MARGIN, y + 6);
    },
  );
}

function header(doc: PDFKit.PDFDocument, input: StatementExportInput, t: StatementTexts): number {
  const { statement, language } = input;
  doc.font('sansBold').fontSize(15).fillColor(INK).text(t.title, MARGIN, MARGIN);
  doc
    .font('sans')
    .fontSize(9)
    .fillColor(MUTED)
    .text(input.bank.name, MARGIN, MARGIN + 2, { align: 'right' });
  const lines: [string, string][] = [
    [t.holder, `${statement.holder.name}, ${t.binIin} ${statement.holder.binIin}`],
    [t.account, `${statement.iban} (${statement.currency})`],
    [t.period, `${dayText(statement.from)} – ${dayText(statement.to)}`],
    [t.openingBalance, moneyText(statement.openingBalance, language)],
    [t.debitTurnover, moneyText(statement.debitTurnover, language)],
    [t.creditTurnover, moneyText(statement.creditTurnover, language)],
    [t.closingBalance, moneyText(statement.closingBalance, language)],
    [t.printed, dayText(almatyDay(input.producedAt))],
  ];
  let y = MARGIN + 26;
  for (const [label, value] of lines) {
    doc.font('sans').fontSize(9).fillColor(MUTED).text(label, MARGIN, y, { width: 170 });
    doc
      .font('sansBold')
      .fillColor(INK)
      .text(value, MARGIN + 175, y);
    y += 14;
  }
  return y;
}

function tableHeading(doc: PDFKit.PDFDocument, t: StatementTexts, y: number): number {
  let x = MARGIN;
  doc.font('sansBold').fontSize(8).fillColor(INK);
  for (const column of COLUMNS) {
    doc.text(t[column.key], x + 2, y, { width: column.width - 4, align: column.align ?? 'left' });
    x += column.width;
  }
  const bottom = y + 14;
  doc.moveTo(MARGIN, bottom).lineTo(x, bottom).strokeColor(RULE).lineWidth(0.8).stroke();
  return bottom + 3;
}

function cells(entry: StatementEntryView, input: StatementExportInput): string[] {
  const amount = moneyText(entry.amount.replace('-', ''), input.language);
  const debit = entry.amountTiyn < 0;
  const counterparty = [
    entry.counterpartyName,
    entry.counterpartyBinIin && `${STATEMENT_TEXTS[input.language].binIin} ${entry.counterpartyBinIin}`,
    entry.counterpartyIban,
    entry.counterpartyBic,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    dayText(almatyDay(entry.bookedAt)),
    entry.documentNumber ?? '',
    counterparty,
    entry.knp ?? '',
    purposeText(entry, STATEMENT_TEXTS[input.language]),
    debit ? amount : '',
    debit ? '' : amount,
  ];
}

function rowHeight(doc: PDFKit.PDFDocument, entry: StatementEntryView): number {
  doc.font('sans').fontSize(8);
  const heights = [entry.counterpartyName ?? '', entry.purpose ?? ''].map((text, index) =>
    doc.heightOfString(text, { width: (index === 0 ? 200 : 260) - 4 }),
  );
  const counterpartyLines =
    1 + [entry.counterpartyBinIin, entry.counterpartyIban, entry.counterpartyBic].filter(Boolean).length;
  return Math.max(heights[0]! + (counterpartyLines - 1) * 10, heights[1]!, 10) + 6;
}

function row(
  doc: PDFKit.PDFDocument,
  entry: StatementEntryView,
  input: StatementExportInput,
  y: number,
  height: number,
): number {
  let x = MARGIN;
  doc.font('sans').fontSize(8).fillColor(INK);
  cells(entry, input).forEach((text, index) => {
    const column = COLUMNS[index]!;
    doc.text(text, x + 2, y, { width: column.width - 4, align: column.align ?? 'left' });
    x += column.width;
  });
  const bottom = y + height;
  doc
    .moveTo(MARGIN, bottom - 2)
    .lineTo(x, bottom - 2)
    .strokeColor(RULE)
    .lineWidth(0.3)
    .stroke();
  return bottom;
}
