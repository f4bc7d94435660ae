import { type OneCField, oneCDate, writeOneCFile } from '../../exchange-1c/one-c-file.js';
import type { StatementEntryView } from '../dto/account-statement.dto.js';
import type { StatementExportInput } from './statement-export-input.js';
import { STATEMENT_TEXTS, almatyDay, purposeText } from './statement-texts.js';

/** Who 1C is told the file is for: the Kazakh edition of its accounting. */
const RECEIVER = '1C Предприятие, Бухгалтерия для Казахстана';

/**
 * The statement as a 1CClientBankExchange file (Kazakh variant, domain.md §14): the account's
 * section with balances and turnovers, then each entry as a payment order with both sides'
 * name, BIN/IIN, IIK, KBe, bank and BIC, and its KNP — what 1C needs to book it.
 */
export function statementAs1C(input: StatementExportInput): Buffer {
  const { statement, producedAt } = input;
  const period: OneCField[] = [
    ['ДатаНачала', oneCDate(statement.from)],
    ['ДатаКонца', oneCDate(statement.to)],
    ['РасчСчет', statement.iban],
  ];
  return writeOneCFile({
    header: [
      ['ВерсияФормата', '1.01'],
      ['Кодировка', 'Windows'],
      ['Отправитель', input.bank.name],
      ['Получатель', RECEIVER],
      ['ДатаСоздания', oneCDate(almatyDay(producedAt))],
      ['ВремяСоздания', almatyTime(producedAt)],
      ...period,
    ],
    accounts: [
      [
        ...period,
        ['НачальныйОстаток', statement.openingBalance],
        ['ВсегоПоступило', statement.creditTurnover],
        ['ВсегоСписано', statement.debitTurnover],
        ['КонечныйОстаток', statement.closingBalance],
      ],
    ],
    documents: statement.entries.map((entry) => ({
      kind: 'ПлатежноеПоручение',
      fields: documentFields(entry, input),
    })),
  });
}

function documentFields(entry: StatementEntryView, input: StatementExportInput): OneCField[] {
  const { statement } = input;
  const holder: Side = {
    name: statement.holder.name,
    binIin: statement.holder.binIin,
    iban: statement.iban,
    kbe: input.holderKbe,
    bankName: input.bank.name,
    bic: input.bank.bic,
  };
  const other: Side = {
    name: entry.counterpartyName ?? '',
    binIin: entry.counterpartyBinIin ?? '',
    iban: entry.counterpartyIban ?? '',
    kbe: entry.counterpartyKbe ?? '',
    bankName: input.bankNameOf(entry.counterpartyBic),
    bic: entry.counterpartyBic ?? '',
  };
  const debit = entry.amountTiyn < 0;
  const [payer, receiver] = debit ? [holder, other] : [other, holder];
  const bookedOn = oneCDate(almatyDay(entry.bookedAt));
  return [
    ['Номер', entry.documentNumber ?? entry.id],
    ['Дата', entry.documentDate ? oneCDate(entry.documentDate) : bookedOn],
    ['ДатаОперации', bookedOn],
    ['Сумма', entry.amount.replace('-', '')],
    ['Валюта', statement.currency],
    ...side('Плательщик', payer),
    ...side('Получатель', receiver),
    ['НазначениеПлатежа', purposeText(entry, STATEMENT_TEXTS[input.language])],
    ['КодНазначенияПлатежа', entry.knp ?? ''],
    [debit ? 'ДатаСписано' : 'ДатаПоступило', bookedOn],
  ];
}

interface Side {
  name: string;
  binIin: string;
  iban: string;
  kbe: string;
  bankName: string;
  bic: string;
}

function side(prefix: 'Плательщик' | 'Получатель', party: Side): OneCField[] {
  return [
    [`${prefix}Наименование`, party.name],
    [`${prefix}БИН_ИИН`, party.binIin],
    [`${prefix}ИИК`, party.iban],
    [`${prefix}КБЕ`, party.kbe],
    [`${prefix}БанкНаименование`, party.bankName],
    [`${prefix}БанкБИК`, party.bic],
  ];
}

function almatyTime(at: Date): string {
  return new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Asia/Almaty',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
