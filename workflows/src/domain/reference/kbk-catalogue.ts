/**
 * The starting catalogue of budget classification codes (КБК) a budget payment may name: the taxes a
 * business pays most. The backend seeds its editable table from it; the bank adds, retires and
 * rewords codes there (the Ministry of Finance changes the classification), and validation reads
 * that table.
 */
export interface KbkCatalogueEntry {
  readonly code: string;
  readonly label: { readonly en: string; readonly ru: string; readonly kk: string };
}

const entry = (code: string, en: string, ru: string, kk: string): KbkCatalogueEntry =>
  Object.freeze({ code, label: Object.freeze({ en, ru, kk }) });

export const INITIAL_KBK_CATALOGUE: readonly KbkCatalogueEntry[] = Object.freeze([
  entry(
    '101101',
    'Corporate income tax of legal entities',
    'Корпоративный подоходный налог с юридических лиц',
    'Заңды тұлғалардан алынатын корпоративтік табыс салығы',
  ),
  entry(
    '101102',
    'Corporate income tax of residents withheld at source',
    'КПН с юридических лиц-резидентов, удерживаемый у источника выплаты',
    'Төлем көзінен ұсталатын резидент заңды тұлғалардан КТС',
  ),
  entry(
    '101103',
    'Corporate income tax of non-residents withheld at source',
    'КПН с юридических лиц-нерезидентов, удерживаемый у источника выплаты',
    'Төлем көзінен ұсталатын бейрезидент заңды тұлғалардан КТС',
  ),
  entry(
    '101104',
    'Corporate income tax of oil-sector organizations',
    'КПН с организаций нефтяного сектора',
    'Мұнай секторы ұйымдарынан КТС',
  ),
  entry(
    '101201',
    'Personal income tax withheld at source',
    'Индивидуальный подоходный налог с доходов, облагаемых у источника выплаты',
    'Төлем көзінен салық салынатын табыстардан жеке табыс салығы',
  ),
  entry(
    '101202',
    'Personal income tax not withheld at source',
    'Индивидуальный подоходный налог с доходов, не облагаемых у источника выплаты',
    'Төлем көзінен салық салынбайтын табыстардан жеке табыс салығы',
  ),
  entry(
    '101204',
    'Personal income tax of foreign nationals not withheld at source',
    'ИПН с доходов иностранных граждан, не облагаемых у источника выплаты',
    'Төлем көзінен салық салынбайтын шетелдіктердің табыстарынан ЖТС',
  ),
  entry('103101', 'Social tax', 'Социальный налог', 'Әлеуметтік салық'),
  entry(
    '104101',
    'Property tax of legal entities and individual entrepreneurs',
    'Налог на имущество юридических лиц и индивидуальных предпринимателей',
    'Заңды тұлғалар мен жеке кәсіпкерлердің мүлкіне салынатын салық',
  ),
  entry(
    '104102',
    'Property tax of individuals',
    'Налог на имущество физических лиц',
    'Жеке тұлғалардың мүлкіне салынатын салық',
  ),
  entry(
    '104401',
    'Vehicle tax of legal entities',
    'Налог на транспортные средства с юридических лиц',
    'Заңды тұлғалардың көлік құралдарына салынатын салық',
  ),
  entry(
    '104402',
    'Vehicle tax of individuals',
    'Налог на транспортные средства с физических лиц',
    'Жеке тұлғалардың көлік құралдарына салынатын салық',
  ),
  entry(
    '105101',
    'VAT on goods, works and services produced in Kazakhstan',
    'НДС на произведённые товары, выполненные работы и оказанные услуги на территории РК',
    'ҚР аумағында өндірілген тауарларға, орындалған жұмыстарға және көрсетілген қызметтерге ҚҚС',
  ),
  entry(
    '105102',
    'VAT on imported goods',
    'НДС на товары, импортируемые на территорию РК',
    'ҚР аумағына импортталатын тауарларға ҚҚС',
  ),
  entry('105105', 'VAT for a non-resident', 'НДС за нерезидента', 'Бейрезидент үшін ҚҚС'),
]);

/** The codes alone, the shape validation takes. */
export function kbkCodesOf(entries: Iterable<KbkCatalogueEntry>): ReadonlySet<string> {
  return new Set([...entries].map((e) => e.code));
}
