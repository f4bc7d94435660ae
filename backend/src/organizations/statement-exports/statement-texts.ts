import type { UserLanguage } from '../client-user.entity.js';

/** The words a statement file carries, in each language of the interface. */
export interface StatementTexts {
  title: string;
  account: string;
  holder: string;
  binIin: string;
  currency: string;
  period: string;
  openingBalance: string;
  closingBalance: string;
  debitTurnover: string;
  creditTurnover: string;
  date: string;
  number: string;
  counterparty: string;
  counterpartyAccount: string;
  bic: string;
  knp: string;
  purpose: string;
  debit: string;
  credit: string;
  truncated: string;
  openingEntry: string;
  noEntries: string;
  printed: string;
}

export const STATEMENT_TEXTS: Readonly<Record<UserLanguage, StatementTexts>> = {
  kk: {
    title: 'Шот бойынша үзінді көшірме',
    account: 'Шот (ЖСК)',
    holder: 'Шот иесі',
    binIin: 'БСН/ЖСН',
    currency: 'Валюта',
    period: 'Кезең',
    openingBalance: 'Кезең басындағы қалдық',
    closingBalance: 'Кезең соңындағы қалдық',
    debitTurnover: 'Дебет айналымы',
    creditTurnover: 'Кредит айналымы',
    date: 'Күні',
    number: 'Құжат №',
    counterparty: 'Контрагент',
    counterpartyAccount: 'Контрагент шоты',
    bic: 'БСК',
    knp: 'ТТК',
    purpose: 'Төлем мақсаты',
    debit: 'Дебет',
    credit: 'Кредит',
    openingEntry: 'Шоттың бастапқы қалдығы',
    truncated: 'Кезеңде жазбалар тым көп: алғашқылары ғана көрсетілген, қалдықтар мен айналымдар толық.',
    noEntries: 'Кезеңде қозғалыс болған жоқ.',
    printed: 'Қалыптастырылды',
  },
  ru: {
    title: 'Выписка по счёту',
    account: 'Счёт (ИИК)',
    holder: 'Владелец счёта',
    binIin: 'БИН/ИИН',
    currency: 'Валюта',
    period: 'Период',
    openingBalance: 'Входящий остаток',
    closingBalance: 'Исходящий остаток',
    debitTurnover: 'Обороты по дебету',
    creditTurnover: 'Обороты по кредиту',
    date: 'Дата',
    number: '№ док.',
    counterparty: 'Контрагент',
    counterpartyAccount: 'Счёт контрагента',
    bic: 'БИК',
    knp: 'КНП',
    purpose: 'Назначение платежа',
    debit: 'Дебет',
    credit: 'Кредит',
    openingEntry: 'Начальный остаток счёта',
    truncated: 'В периоде слишком много записей: показаны первые, остатки и обороты — полные.',
    noEntries: 'Движений за период не было.',
    printed: 'Сформирована',
  },
  en: {
    title: 'Account statement',
    account: 'Account (IBAN)',
    holder: 'Account holder',
    binIin: 'BIN/IIN',
    currency: 'Currency',
    period: 'Period',
    openingBalance: 'Opening balance',
    closingBalance: 'Closing balance',
    debitTurnover: 'Debit turnover',
    creditTurnover: 'Credit turnover',
    date: 'Date',
    number: 'Doc. no.',
    counterparty: 'Counterparty',
    counterpartyAccount: 'Counterparty account',
    bic: 'BIC',
    knp: 'KNP',
    purpose: 'Purpose of payment',
    debit: 'Debit',
    credit: 'Credit',
    openingEntry: 'Opening balance of the account',
    truncated:
      'The period holds too many entries: the first are listed; balances and turnovers are complete.',
    noEntries: 'No movements in the period.',
    printed: 'Produced',
  },
};

/** `2026-11-05` → `05.11.2026`, as Kazakh bank documents write dates. */
export function dayText(isoDay: string): string {
  const [year, month, day] = isoDay.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** The Almaty day of an instant, `YYYY-MM-DD`. */
export function almatyDay(instant: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(instant));
}

/** An exact decimal (`-1250.50`) grouped for people: `1 250,50` in kk/ru, `1,250.50` in en. */
export function moneyText(decimal: string, language: UserLanguage): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = '00'] = decimal.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : '\u00a0');
  return `${negative ? '-' : ''}${grouped}${language === 'en' ? '.' : ','}${fraction}`;
}

/** What an entry was for: its purpose, or the statement's own words for the account's opening. */
export function purposeText(entry: { opening?: boolean; purpose?: string }, texts: StatementTexts): string {
  return entry.opening ? texts.openingEntry : (entry.purpose ?? '');
}
