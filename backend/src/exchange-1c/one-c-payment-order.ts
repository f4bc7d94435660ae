import type { TengePaymentDto } from '../documents/dto/tenge-payment.dto.js';
import type { OneCDocument } from './one-c-reader.js';

/**
 * Where each field of a payment order is read from in a 1C document, the first key present winning
 * (banks and 1C versions name fields differently, domain.md §14); matched regardless of case.
 */
const SOURCES = {
  number: ['НомерДокумента', 'Номер'],
  date: ['ДатаДокумента', 'Дата'],
  valueDate: ['ДатаВалютирования'],
  amount: ['Сумма', 'СуммаРасход'],
  payerIban: ['ПлательщикИИК', 'ПлательщикСчет', 'ПлательщикРасчСчет'],
  kod: ['ПлательщикКОд', 'ПлательщикКБЕ'],
  'beneficiary.name': ['ПолучательНаименование', 'Получатель1', 'Получатель'],
  'beneficiary.binIin': ['ПолучательБИН_ИИН', 'ПолучательБИН', 'ПолучательИИН'],
  'beneficiary.iban': ['ПолучательИИК', 'ПолучательСчет', 'ПолучательРасчСчет'],
  'beneficiary.bic': ['ПолучательБанкБИК'],
  'beneficiary.kbe': ['ПолучательКБЕ'],
  knp: ['КодНазначенияПлатежа', 'КНП'],
  purpose: ['НазначениеПлатежа'],
  kbk: ['КБК', 'КодБК'],
} as const;

export type ImportedField = keyof typeof SOURCES;

/** The 1C key a field was read from (or would be), to name it in the preview as the file does. */
export function oneCKeyOf(document: OneCDocument, field: string): string | undefined {
  const keys = (SOURCES as Record<string, readonly string[]>)[field];
  return keys?.find((key) => document.fields.has(key.toLowerCase())) ?? keys?.[0];
}

/**
 * A 1C payment order as the API's request for a tenge payment: dates from `dd.mm.yyyy`, the amount
 * with a decimal point (a comma is read too), a budget payment when the file names a KBK. Nothing
 * is judged here: the shared domain rules judge the request, field by field.
 */
export function paymentRequestOf(
  document: OneCDocument,
  today: string,
): TengePaymentDto & { number: string; kod: string } {
  const read = (field: ImportedField): string => {
    const key = SOURCES[field].find((candidate) => document.fields.has(candidate.toLowerCase()));
    return key ? document.fields.get(key.toLowerCase())! : '';
  };
  const date = isoDate(read('date'));
  const valueDate = isoDate(read('valueDate'));
  const kbk = read('kbk');
  return {
    ...(kbk ? { kind: 'BUDGET' as const, kbk } : {}),
    number: read('number'),
    date,
    // An order dated earlier is executed today: its value date may not have passed.
    valueDate: valueDate && valueDate >= today ? valueDate : today,
    payerIban: read('payerIban'),
    kod: read('kod'),
    amount: read('amount').replace(',', '.').replace(/\s/g, ''),
    currency: 'KZT',
    beneficiary: {
      name: read('beneficiary.name'),
      binIin: read('beneficiary.binIin'),
      iban: read('beneficiary.iban'),
      bic: read('beneficiary.bic'),
      kbe: read('beneficiary.kbe'),
    },
    knp: read('knp'),
    purpose: read('purpose'),
  };
}

/** `05.11.2026` → `2026-11-05`; anything else is passed on for the date rule to refuse. */
function isoDate(text: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : text;
}
