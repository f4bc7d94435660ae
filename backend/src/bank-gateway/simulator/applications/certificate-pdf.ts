import {
  formatMoney,
  type BankCertificateRequest,
  type CertificateLanguage,
} from '@qoltanba/workflows/domain';
import { renderPdf } from '../../../common/pdf/render-pdf.js';

/** What a certificate states, read from the bank's ledger by the desk. */
export interface CertificateFacts {
  bank: { name: string; bic: string };
  organization: { name: string; binIin: string };
  reference: string;
  request: BankCertificateRequest;
  account?: { iban: string; currency: string };
  /** BALANCE: the balance at the end of `asOf`; TURNOVER: debits and credits over the period. */
  balanceMinor?: number;
  turnover?: { debitMinor: number; creditMinor: number };
  issuedOn: string;
}

const TEXTS: Record<CertificateLanguage, Record<string, string>> = {
  kk: {
    title: 'Анықтама',
    client: 'Клиент',
    bin: 'БСН/ЖСН',
    account: 'Шот (ЖСК)',
    BALANCE: '{date} жағдай бойынша шоттағы қалдық: {amount}.',
    TURNOVER: '{from} – {to} кезеңіндегі айналым: дебет {debit}, кредит {credit}.',
    NO_DEBTS: 'Клиенттің {date} жағдай бойынша банк алдында берешегі жоқ.',
    ACCOUNT_DETAILS: 'Шот деректемелері: ЖСК {iban}, валюта {currency}, банктің БСК {bic}.',
    addressee: 'Ұсынылатын орны',
    anyone: 'талап етілген жерге',
    reference: 'Анықтама нөмірі',
    issued: 'Берілген күні',
  },
  ru: {
    title: 'Справка',
    client: 'Клиент',
    bin: 'БИН/ИИН',
    account: 'Счёт (ИИК)',
    BALANCE: 'Остаток на счёте по состоянию на {date}: {amount}.',
    TURNOVER: 'Обороты за период {from} – {to}: дебет {debit}, кредит {credit}.',
    NO_DEBTS: 'По состоянию на {date} клиент не имеет задолженности перед банком.',
    ACCOUNT_DETAILS: 'Реквизиты счёта: ИИК {iban}, валюта {currency}, БИК банка {bic}.',
    addressee: 'Для представления',
    anyone: 'по месту требования',
    reference: 'Номер справки',
    issued: 'Дата выдачи',
  },
  en: {
    title: 'Certificate',
    client: 'Client',
    bin: 'BIN/IIN',
    account: 'Account (IBAN)',
    BALANCE: 'Balance of the account as of {date}: {amount}.',
    TURNOVER: 'Turnover for {from} – {to}: debit {debit}, credit {credit}.',
    NO_DEBTS: 'As of {date} the client owes the bank nothing.',
    ACCOUNT_DETAILS: 'Account details: IBAN {iban}, currency {currency}, bank BIC {bic}.',
    addressee: 'To be presented to',
    anyone: 'whom it may concern',
    reference: 'Certificate number',
    issued: 'Issued on',
  },
};

const dmy = (iso: string) => iso.split('-').reverse().join('.');

/** One A4 page in the language asked for, with the bank's statement of the kind asked for. */
export function renderCertificate(facts: CertificateFacts): Promise<Buffer> {
  const t = TEXTS[facts.request.language];
  const currency = facts.account?.currency ?? 'KZT';
  const money = (minor: number) => `${formatMoney({ minor, currency })} ${currency}`;
  const statement = t[facts.request.certificateKind]!.replace(
    '{date}',
    dmy(facts.request.asOf ?? facts.issuedOn),
  )
    .replace('{from}', dmy(facts.request.from ?? facts.issuedOn))
    .replace('{to}', dmy(facts.request.to ?? facts.issuedOn))
    .replace('{amount}', money(facts.balanceMinor ?? 0))
    .replace('{debit}', money(facts.turnover?.debitMinor ?? 0))
    .replace('{credit}', money(facts.turnover?.creditMinor ?? 0))
    .replace('{iban}', facts.account?.iban ?? '')
    .replace('{currency}', currency)
    .replace('{bic}', facts.bank.bic);
  return renderPdf({ size: 'A4', margin: 56, info: { Title: t.title!, Author: facts.bank.name } }, (doc) => {
    doc
      .font('sansBold')
      .fontSize(12)
      .text(facts.bank.name)
      .font('sans')
      .fontSize(9)
      .text(`BIC ${facts.bank.bic}`);
    doc.moveDown(2).font('sansBold').fontSize(18).text(t.title!, { align: 'center' }).moveDown(1.5);
    doc.font('sans').fontSize(11);
    doc.text(`${t.client}: ${facts.organization.name}`).text(`${t.bin}: ${facts.organization.binIin}`);
    if (facts.account) doc.text(`${t.account}: ${facts.account.iban} (${currency})`);
    doc.moveDown().text(statement).moveDown();
    doc.text(`${t.addressee}: ${facts.request.addressee ?? t.anyone}`);
    doc
      .moveDown(2)
      .fontSize(10)
      .text(`${t.reference}: ${facts.reference}`)
      .text(`${t.issued}: ${dmy(facts.issuedOn)}`);
  });
}
