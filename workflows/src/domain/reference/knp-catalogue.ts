/**
 * The confirmed starting catalogue of payment purpose codes (КНП / ТМК). The backend seeds its
 * editable table from it: the bank adds codes (salary codes, for one, are not yet confirmed from a
 * primary source), retires them and corrects wording there, and validation reads that table.
 */
export interface KnpCatalogueEntry {
  readonly code: string;
  readonly label: { readonly en: string; readonly ru: string; readonly kk: string };
}

export const INITIAL_KNP_CATALOGUE: readonly KnpCatalogueEntry[] = Object.freeze(
  [
    {
      code: '010',
      label: {
        en: 'Mandatory pension contributions',
        ru: 'Обязательные пенсионные взносы',
        kk: 'Міндетті зейнетақы жарналары',
      },
    },
    {
      code: '012',
      label: {
        en: 'Social contributions',
        ru: 'Социальные отчисления',
        kk: 'Әлеуметтік аударымдар',
      },
    },
    {
      code: '017',
      label: {
        en: 'Penalty for late social contributions',
        ru: 'Пеня за несвоевременное перечисление социальных отчислений',
        kk: 'Әлеуметтік аударымдарды уақтылы аудармағаны үшін өсімпұл',
      },
    },
    {
      code: '019',
      label: {
        en: 'Penalty for late pension contributions',
        ru: 'Пеня за несвоевременное перечисление пенсионных взносов',
        kk: 'Зейнетақы жарналарын уақтылы аудармағаны үшін өсімпұл',
      },
    },
    {
      code: '089',
      label: {
        en: 'Mandatory employer pension contributions',
        ru: 'Обязательные пенсионные взносы работодателя',
        kk: 'Жұмыс берушінің міндетті зейнетақы жарналары',
      },
    },
    {
      code: '121',
      label: {
        en: 'Health insurance: employer contributions',
        ru: 'Отчисления на обязательное социальное медицинское страхование',
        kk: 'Міндетті әлеуметтік медициналық сақтандыруға аударымдар',
      },
    },
    {
      code: '122',
      label: {
        en: 'Health insurance: employee contributions',
        ru: 'Взносы на обязательное социальное медицинское страхование',
        kk: 'Міндетті әлеуметтік медициналық сақтандыруға жарналар',
      },
    },
    {
      code: '710',
      label: {
        en: 'Payment for goods',
        ru: 'Оплата за товары',
        kk: 'Тауарлар үшін төлем',
      },
    },
    {
      code: '911',
      label: {
        en: 'Tax payment',
        ru: 'Уплата налога',
        kk: 'Салық төлеу',
      },
    },
    {
      code: '912',
      label: {
        en: 'Penalty on tax',
        ru: 'Пеня по налогу',
        kk: 'Салық бойынша өсімпұл',
      },
    },
  ].map((entry) => Object.freeze({ code: entry.code, label: Object.freeze(entry.label) })),
);

/** The codes alone, the shape validation takes. */
export function knpCodesOf(entries: Iterable<KnpCatalogueEntry>): ReadonlySet<string> {
  return new Set([...entries].map((entry) => entry.code));
}
