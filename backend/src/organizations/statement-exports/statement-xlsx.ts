import type { StatementExportInput } from './statement-export-input.js';
import { STATEMENT_TEXTS, almatyDay, dayText, purposeText } from './statement-texts.js';

/** Excel's own format for money, so the columns sum and read as in the bank's statements. */
const MONEY = '#,##0.00';

/**
 * The statement as an Excel workbook (exceljs): the header block with balances and turnovers,
 * then one row per entry with debit and credit in columns of their own. Amounts are numbers, as
 * an accountant expects to sum them; each is read from the exact decimal, never computed.
 */
export async function statementAsXlsx(input: StatementExportInput): Promise<Buffer> {
  const { statement, language } = input;
  const t = STATEMENT_TEXTS[language];
  // Loaded at the first export, not at start: exceljs takes ~0.4 s to load (see render-pdf.ts).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.bank.name;
  workbook.created = input.producedAt;
  const sheet = workbook.addWorksheet(t.title, { views: [{ state: 'frozen', ySplit: 9 }] });
  sheet.columns = [
    { width: 12 },
    { width: 14 },
    { width: 34 },
    { width: 15 },
    { width: 24 },
    { width: 11 },
    { width: 6 },
    { width: 44 },
    { width: 16 },
    { width: 16 },
  ];
  sheet.addRow([t.title]).font = { bold: true, size: 14 };
  sheet.addRow([t.holder, statement.holder.name, '', t.binIin, statement.holder.binIin]);
  sheet.addRow([t.account, statement.iban, '', t.currency, statement.currency]);
  sheet.addRow([t.period, `${dayText(statement.from)} – ${dayText(statement.to)}`]);
  const money = (label: string, decimal: string) => {
    const row = sheet.addRow([label, Number(decimal)]);
    row.getCell(2).numFmt = MONEY;
  };
  money(t.openingBalance, statement.openingBalance);
  money(t.debitTurnover, statement.debitTurnover);
  money(t.creditTurnover, statement.creditTurnover);
  money(t.closingBalance, statement.closingBalance);
  const heading = sheet.addRow([
    t.date,
    t.number,
    t.counterparty,
    t.binIin,
    t.counterpartyAccount,
    t.bic,
    t.knp,
    t.purpose,
    t.debit,
    t.credit,
  ]);
  heading.font = { bold: true };
  for (const entry of statement.entries) {
    const amount = Number(entry.amount.replace('-', ''));
    const debit = entry.amountTiyn < 0;
    const row = sheet.addRow([
      dayText(almatyDay(entry.bookedAt)),
      entry.documentNumber ?? '',
      entry.counterpartyName ?? '',
      entry.counterpartyBinIin ?? '',
      entry.counterpartyIban ?? '',
      entry.counterpartyBic ?? '',
      entry.knp ?? '',
      purposeText(entry, t),
      debit ? amount : null,
      debit ? null : amount,
    ]);
    row.getCell(9).numFmt = MONEY;
    row.getCell(10).numFmt = MONEY;
  }
  if (statement.truncated) sheet.addRow([t.truncated]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
