/**
 * The starting directory of state revenue offices (УГД) a budget payment goes to. The names and the
 * offices' own codes are real; the BINs are placeholders with valid check digits, since the reference
 * material gives none: the bank loads the real directory through the staff reference pages, and
 * validation reads that table, never this list.
 */
export interface TaxOffice {
  readonly bin: string;
  /** The office's 4-digit code in the tax authority's own numbering. */
  readonly code: string;
  readonly name: { readonly ru: string; readonly kk: string };
}

const office = (bin: string, code: string, ru: string, kk: string): TaxOffice =>
  Object.freeze({ bin, code, name: Object.freeze({ ru, kk }) });

export const INITIAL_TAX_OFFICES: readonly TaxOffice[] = Object.freeze([
  office(
    '080141113734',
    '6001',
    'УГД по Алмалинскому району ДГД по г. Алматы',
    'Алматы қ. МКД Алмалы ауданы бойынша МКБ',
  ),
  office(
    '090241127462',
    '6002',
    'УГД по Ауэзовскому району ДГД по г. Алматы',
    'Алматы қ. МКД Әуезов ауданы бойынша МКБ',
  ),
  office(
    '080341141192',
    '6003',
    'УГД по Бостандыкскому району ДГД по г. Алматы',
    'Алматы қ. МКД Бостандық ауданы бойынша МКБ',
  ),
  office(
    '090441154922',
    '6005',
    'УГД по Медеускому району ДГД по г. Алматы',
    'Алматы қ. МКД Медеу ауданы бойынша МКБ',
  ),
  office(
    '080541168657',
    '6201',
    'УГД по Алматинскому району ДГД по г. Астане',
    'Астана қ. МКД Алматы ауданы бойынша МКБ',
  ),
  office(
    '090641182380',
    '6202',
    'УГД по Сарыаркинскому району ДГД по г. Астане',
    'Астана қ. МКД Сарыарқа ауданы бойынша МКБ',
  ),
  office(
    '080741196114',
    '6203',
    'УГД по Есильскому району ДГД по г. Астане',
    'Астана қ. МКД Есіл ауданы бойынша МКБ',
  ),
  office(
    '090841209849',
    '5901',
    'УГД по Абайскому району ДГД по г. Шымкенту',
    'Шымкент қ. МКД Абай ауданы бойынша МКБ',
  ),
  office('080941223579', '0601', 'УГД по г. Актобе', 'Ақтөбе қ. бойынша МКБ'),
  office('090141237303', '1501', 'УГД по г. Атырау', 'Атырау қ. бойынша МКБ'),
]);

/** Offices by BIN, the shape validation takes. */
export function taxOfficeBinsOf(offices: Iterable<Pick<TaxOffice, 'bin'>>): ReadonlySet<string> {
  return new Set([...offices].map((o) => o.bin));
}
