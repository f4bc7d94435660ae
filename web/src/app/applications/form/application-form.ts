import type { ApplicationContent, FormApplicationKind } from '@qoltanba/workflows/domain';
import type { ApiViolation } from '../../core/http/api-error';
import { normalizeAmount } from '../../documents/form/payment-form';
import type { ApplicationRequest, AttachmentRef, CreateApplicationBody, Money } from '../application';
import { decimalOf } from '../money';
import { type FieldSpec, type FormValues, fieldsOf } from './application-fields';

/** A field's value is needed now (its own rule may depend on the others). */
export function isRequired(field: FieldSpec, values: FormValues): boolean {
  return typeof field.required === 'function' ? field.required(values) : field.required === true;
}

export function isVisible(field: FieldSpec, values: FormValues): boolean {
  return field.visible ? field.visible(values) : true;
}

/** The fields left empty that must be filled: the only check made before sending. */
export function missingFields(
  kind: FormApplicationKind,
  values: FormValues,
  attachments: readonly AttachmentRef[],
): ReadonlySet<string> {
  const missing = new Set<string>();
  for (const field of fieldsOf(kind)) {
    if (!isVisible(field, values) || !isRequired(field, values)) continue;
    if (field.type === 'attachments') {
      if (attachments.length === 0) missing.add(field.path);
    } else if (field.type === 'rate') {
      if (values['rate.kind'] === 'LIMIT' && !(values['rate.rate'] ?? '').trim()) missing.add(field.path);
    } else if (!(values[field.path] ?? '').trim()) {
      missing.add(field.path);
    }
  }
  return missing;
}

/**
 * The request's content for this kind, from what the form holds: nested by the fields' paths,
 * amounts as exact decimal text, empty optional fields and hidden fields left out.
 */
export function requestOf(
  kind: FormApplicationKind,
  values: FormValues,
  attachments: readonly AttachmentRef[],
): ApplicationRequest {
  const content: Record<string, unknown> = {};
  for (const field of fieldsOf(kind)) {
    if (!isVisible(field, values)) continue;
    switch (field.type) {
      case 'attachments':
        setPath(
          content,
          field.path,
          attachments.map((attachment) => attachment.id),
        );
        break;
      case 'rate':
        setPath(
          content,
          field.path,
          values['rate.kind'] === 'LIMIT'
            ? { kind: 'LIMIT', rate: normalizeAmount(values['rate.rate'] ?? '') }
            : { kind: 'BANK' },
        );
        break;
      default: {
        const text = (values[field.path] ?? '').trim();
        if (text) setPath(content, field.path, field.type === 'amount' ? normalizeAmount(text) : text);
      }
    }
  }
  return content as ApplicationRequest;
}

export function createBodyOf(
  kind: FormApplicationKind,
  values: FormValues,
  attachments: readonly AttachmentRef[],
): CreateApplicationBody {
  return { kind, content: requestOf(kind, values, attachments) };
}

/** A saved application's content back into the form: Money as its decimal and currency. */
export function valuesOf(content: ApplicationContent): { values: FormValues; attachments: AttachmentRef[] } {
  const values: Record<string, string> = {};
  const flatten = (object: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(object)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') values[path] = value;
      else if (isMoney(value)) {
        values[path] = decimalOf(value);
        values[prefix ? `${prefix}.currency` : 'currency'] = value.currency;
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        flatten(value as Record<string, unknown>, path);
      }
    }
  };
  flatten(content as unknown as Record<string, unknown>, '');
  delete values['kind'];
  return { values, attachments: content.kind === 'LETTER' ? [...content.attachments] : [] };
}

/**
 * The field that shows a server violation: `content.beneficiary.country` → `beneficiary.country`,
 * `content.rate.rate` → `rate`, `content.attachmentIds.2` → `attachmentIds` (the longest field
 * path the violation's path starts with); undefined when no field of the form has it.
 */
export function fieldOfViolation(kind: FormApplicationKind, violation: ApiViolation): string | undefined {
  const path = violation.field.replace(/^content\.?/, '');
  const candidates = fieldsOf(kind)
    .map((field) => field.path)
    .filter((field) => path === field || path.startsWith(`${field}.`))
    .sort((a, b) => b.length - a.length);
  return candidates[0];
}

function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Money).minor === 'number' &&
    typeof (value as Money).currency === 'string'
  );
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}
