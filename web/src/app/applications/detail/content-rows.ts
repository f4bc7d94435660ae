import type { ApplicationContent } from '@qoltanba/workflows/domain';
import type { Money } from '../application';
import { fieldsOf } from '../form/application-fields';

/** How a row's value is shown: text, a date, an IBAN, an amount, an option's name, a limit rate. */
export type RowFormat = 'text' | 'date' | 'iban' | 'money' | 'option' | 'limitRate';

/** One line of an application's content in words: a label and its value, typed for formatting. */
export interface ContentRow {
  /** Translation key of the label. */
  readonly label: string;
  readonly as: RowFormat;
  /** The text; for `option`, the translation key of the option's name. */
  readonly value: string;
  /** For `money`. */
  readonly money?: Money;
}

/**
 * Every field of the content, in the order of the kind's form, labelled as on the form: what was
 * signed, in words. A cancellation says what it cancels (the page links it) and why.
 */
export function contentRows(content: ApplicationContent): ContentRow[] {
  if (content.kind === 'CANCELLATION') {
    return [
      {
        label: 'applicationFields.cancelledKind',
        as: 'option',
        value: `applicationKind.${content.cancelledKind}`,
      },
      { label: 'applicationFields.cancelledNumber', as: 'text', value: content.cancelledNumber },
      { label: 'applicationFields.reason', as: 'text', value: content.reason },
    ];
  }
  const rows: ContentRow[] = [];
  for (const field of fieldsOf(content.kind)) {
    const value = valueAt(content, field.path);
    const label = `applicationFields.${field.path}`;
    switch (field.type) {
      case 'currency':
      case 'attachments':
        break; // the amount shows its currency; files are listed with their links
      case 'rate': {
        const rate = value as { kind: string; rate?: string } | undefined;
        if (rate?.kind === 'LIMIT' && rate.rate) rows.push({ label, as: 'limitRate', value: rate.rate });
        else if (rate) rows.push({ label, as: 'option', value: 'applicationOptions.rateKind.BANK' });
        break;
      }
      case 'amount':
        if (value) rows.push({ label, as: 'money', value: '', money: value as Money });
        break;
      default:
        if (typeof value !== 'string' || value === '') break;
        if (field.type === 'date') rows.push({ label, as: 'date', value });
        else if (field.type === 'account') rows.push({ label, as: 'iban', value });
        else if (field.type === 'select')
          rows.push({ label, as: 'option', value: `applicationOptions.${field.optionsKey}.${value}` });
        else rows.push({ label, as: 'text', value });
    }
  }
  return rows;
}

function valueAt(content: ApplicationContent, path: string): unknown {
  let node: unknown = content;
  for (const part of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}
