import { describe, expect, it } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APPLICATION_EVENTS,
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  CHANNELS,
  FORM_APPLICATION_KINDS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  PaymentErrorCode,
  SIGNATURE_RIGHTS,
  type SignatureMethod,
  type SignatureSlot,
  TIMELINE_EVENTS,
} from '@qoltanba/workflows/domain';
import { NETWORK_ERROR } from '../../http/api-error';
import { agentErrorKey } from '../../signer/agent-errors';
import { AGENT_UNAVAILABLE, AgentRefusal } from '../../signer/signing-agent';
import { CANCELLATION_LINK_STATUSES } from '../../../applications/application';
import { BANK_REFUSAL_REASONS } from '../../process/bank-refusal';
import {
  APPLICATION_CODES,
  APPLICATION_VALIDATION_CODES,
  applicationErrorKey,
  violationMessage,
} from '../../../applications/application-errors';
import { APPLICATION_FORMS, fieldsOf } from '../../../applications/form/application-fields';
import { documentErrorKey } from '../../../documents/document-errors';
import type { AwaitingView } from '../../../documents/document';
import { loginErrorKey } from '../../../login/login-errors';
import {
  EXPLAINED_AGENT_CODES,
  EXPLAINED_REFUSALS,
  registrationError,
} from '../../../registration/registration-errors';
import {
  REISSUE_EXPLAINED_AGENT_CODES,
  REISSUE_EXPLAINED_REFUSALS,
  reissueError,
} from '../../../reissue/reissue-errors';
import { REISSUE_REASONS, REISSUE_STEPS } from '../../../reissue/reissue';
import type { ComponentStatus, OverallStatus } from '../../../status/platform-status/health-report';
import { TOKEN_PIN_EXPLAINED_AGENT_CODES, tokenPinError } from '../../../token-pin/token-pin-errors';
import { WIZARD_STEPS } from '../../../registration/registration';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

/** src/app, whose templates and code the key checks read. */
const APP = fileURLToPath(new URL('../../../', import.meta.url));

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `dotted.key → text`, as Transloco flattens a translation. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [inner, text] of flatten(value, path)) leaves.set(inner, text);
  }
  return leaves;
}

function params(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!))].sort();
}

const EN = flatten(en);
const OTHERS = { kk: flatten(kk), ru: flatten(ru) };
const ALL = { en: EN, ...OTHERS };

/** Exhaustive at compile time: a new member of the union breaks these until it gets a key. */
const SLOTS: Record<SignatureSlot, null> = { SINGLE: null, FIRST: null, SECOND: null, DISPATCH: null };
const METHODS: Record<SignatureMethod, null> = { EDS: null, OTP: null };
const AWAITING: Record<AwaitingView['kind'], null> = {
  SUBMISSION: null,
  SIGNATURE: null,
  DISPATCH_EDS: null,
  BANK: null,
  NOTHING: null,
};
const HEALTH: Record<ComponentStatus | OverallStatus, null> = {
  up: null,
  degraded: null,
  down: null,
  unknown: null,
};

describe('translations', () => {
  it.each(Object.entries(OTHERS))('%s has exactly the keys of English', (_language, leaves) => {
    expect([...leaves.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it.each(Object.entries(ALL))('%s has no empty text', (_language, leaves) => {
    const empty = [...leaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(OTHERS))(
    '%s uses the same {{ parameters }} as English in every text',
    (_language, leaves) => {
      const differing = [...EN]
        .filter(([key, text]) => params(leaves.get(key) ?? '').join() !== params(text).join())
        .map(([key]) => key);
      expect(differing).toEqual([]);
    },
  );

  it('has a text for every value of the families the app builds keys from', () => {
    const keys = [
      ...DOCUMENT_STATUSES.map((status) => `status.${status}`),
      ...Object.keys(HEALTH).map((status) => `status.${status}`),
      ...DOCUMENT_TYPES.map((type) => `documentType.${type}`),
      ...TIMELINE_EVENTS.map((event) => `timeline.${event}`),
      ...CHANNELS.map((channel) => `channel.${channel}`),
      ...SIGNATURE_RIGHTS.map((right) => `right.${right}`),
      ...Object.keys(SLOTS).map((slot) => `slot.${slot}`),
      ...Object.keys(METHODS).map((method) => `method.${method}`),
      ...Object.keys(AWAITING).map((kind) => `awaiting.${kind}`),
      ...Object.values(PaymentErrorCode).map((code) => `paymentErrors.${code}`),
      ...WIZARD_STEPS.map((step) => `registration.steps.${step}`),
      ...REISSUE_STEPS.map((step) => `reissue.steps.${step}`),
      ...REISSUE_REASONS.map((reason) => `reissue.reason.${reason}`),
      ...(['change', 'unblock'] as const).flatMap((action) =>
        ['action', 'heading', 'warning', 'doneHeading', 'doneText'].map(
          (text) => `tokenPin.${action}.${text}`,
        ),
      ),
      // The payment form shows these API refusals under the paying account.
      'paymentErrors.DOCUMENT_PAYER_ACCOUNT_NOT_OWNED',
      'paymentErrors.DOCUMENT_PAYER_ACCOUNT_NOT_TENGE',
      ...APPLICATION_STATUSES.map((status) => `status.${status}`),
      ...APPLICATION_KINDS.map((kind) => `applicationKind.${kind}`),
      'applicationKind.TENGE_PAYMENT',
      ...FORM_APPLICATION_KINDS.map((kind) => `applicationKindHint.${kind}`),
      ...APPLICATION_EVENTS.map((event) => `applicationTimeline.${event}`),
      ...BANK_REFUSAL_REASONS.map((reason) => `bankReason.${reason}`),
      ...CANCELLATION_LINK_STATUSES.map((status) => `applicationDetail.cancellationStatus.${status}`),
      ...[...APPLICATION_CODES, ...APPLICATION_VALIDATION_CODES].map((code) => `applicationErrors.${code}`),
      ...(['payment', 'application'] as const).map((type) => `processes.type.${type}`),
      ...(['PERSON', 'SYSTEM', 'NOBODY'] as const).map((party) => `processes.awaiting.${party}`),
      // Every kind's form: its sections, field labels and options.
      ...Object.values(APPLICATION_FORMS).flatMap((form) =>
        form.sections.map((section) => `applicationForm.sections.${section.name}`),
      ),
      ...FORM_APPLICATION_KINDS.flatMap((kind) =>
        fieldsOf(kind).flatMap((field) => [
          `applicationFields.${field.path}`,
          ...(field.options ?? []).map((option) => `applicationOptions.${field.optionsKey}.${option}`),
        ]),
      ),
      'applicationOptions.rateKind.BANK',
      'applicationOptions.rateKind.LIMIT',
    ];
    expect(keys.filter((key) => !EN.has(key))).toEqual([]);
  });

  it('has a text for every key the error mappers return', () => {
    const refusal = (code: string, status = 409) =>
      new HttpErrorResponse({ status, error: { code, message: '', details: {} } });
    // The codes these files name, read from their source so that a new one needs a text here.
    const codesIn = (file: string) =>
      [...source(file).matchAll(/'([A-Z][A-Z0-9_]+)'/g)].map((match) => match[1]!);
    const documentCodes = [
      ...codesIn('documents/document-errors.ts'),
      ...codesIn('core/otp/otp-errors.ts'),
      'EDS_ANY',
      'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED',
    ];
    const agentCodes = [...codesIn('core/signer/agent-errors.ts'), AGENT_UNAVAILABLE, 'SOMETHING_ELSE'];
    const keys = [
      ...documentCodes.map((code) => documentErrorKey(refusal(code))),
      ...agentCodes.map((code) => agentErrorKey(code)),
      ...agentCodes.map((code) => documentErrorKey(new AgentRefusal(code, ''))),
      documentErrorKey(new HttpErrorResponse({ status: 0 })),
      documentErrorKey(refusal('SOMETHING_ELSE', 500)),
      documentErrorKey(refusal('SERVICE_UNAVAILABLE', 503)),
      ...[...codesIn('applications/application-errors.ts'), ...documentCodes].map((code) =>
        applicationErrorKey(refusal(code)),
      ),
      ...[
        ...codesIn('login/login-errors.ts'),
        'EDS_CERTIFICATE_REVOKED',
        'AUTH_INVALID_CREDENTIALS',
        NETWORK_ERROR,
      ].map((code) => loginErrorKey(refusal(code, 401))),
      loginErrorKey(refusal('ANYTHING', 429)),
      loginErrorKey(refusal('ANYTHING', 503)),
      loginErrorKey(new HttpErrorResponse({ status: 0 })),
      loginErrorKey(new AgentRefusal('PIN_CANCELLED', '')),
      ...[...EXPLAINED_REFUSALS, 'VALIDATION_FAILED', 'SOMETHING_ELSE'].flatMap((code) => [
        registrationError(refusal(code, 422)).key,
        registrationError(refusal(code, 400), { opening: true }).key,
      ]),
      ...[...EXPLAINED_AGENT_CODES, ...agentCodes].map(
        (code) => registrationError(new AgentRefusal(code, '')).key,
      ),
      ...[
        ...REISSUE_EXPLAINED_REFUSALS,
        ...EXPLAINED_REFUSALS,
        'VALIDATION_FAILED',
        'SOMETHING_ELSE',
      ].flatMap((code) => [
        reissueError(refusal(code, 422)).key,
        reissueError(refusal(code, 400), { opening: true }).key,
      ]),
      ...[...REISSUE_EXPLAINED_AGENT_CODES, ...agentCodes].map(
        (code) => reissueError(new AgentRefusal(code, '')).key,
      ),
      ...[...TOKEN_PIN_EXPLAINED_AGENT_CODES, ...agentCodes].flatMap((code) => [
        tokenPinError(new AgentRefusal(code, ''), 'change').key,
        tokenPinError(new AgentRefusal(code, ''), 'unblock').key,
      ]),
      tokenPinError(new Error('unexpected'), 'change').key,
      registrationError(refusal('ANYTHING', 429)).key,
      registrationError(refusal('ANYTHING', 503)).key,
      registrationError(new HttpErrorResponse({ status: 0 })).key,
    ];
    expect(keys.filter((key) => !EN.has(key))).toEqual([]);
  });

  it('has a text for every violation code of the applications’ validators', () => {
    const domainCodes = [
      ...source('../../../workflows/src/domain/applications/validation/application-error-code.ts').matchAll(
        /= '(APPLICATION_[A-Z_]+)'/g,
      ),
    ].map((match) => match[1]!);
    expect(domainCodes.length).toBeGreaterThan(0);
    expect(domainCodes.filter((code) => !APPLICATION_VALIDATION_CODES.has(code))).toEqual([]);
    const keys = domainCodes.map((code) => violationMessage({ field: 'content', code, message: '' }).key);
    expect(keys.filter((key) => !EN.has(key))).toEqual([]);
  });

  describe('keys written in the app', () => {
    const files = sourceFiles();
    const namespaces = new Set(Object.keys(en));

    it('all exist in English', () => {
      // Any quoted dotted name whose first part is one of ours: `'nav.home' | transloco`,
      // `key: 'detail.signed'`, `label="fields.amount"`, route titles, navigation labels…
      const missing = new Set<string>();
      for (const file of files) {
        for (const [, key] of source(file).matchAll(/['"`]([a-zA-Z]\w*(?:\.\w+)+)['"`]/g)) {
          if (namespaces.has(key!.split('.')[0]!) && !EN.has(key!)) missing.add(`${key} (${file})`);
        }
      }
      expect([...missing]).toEqual([]);
    });

    it('are given every parameter their English text uses', () => {
      const unfilled: string[] = [];
      for (const file of files) {
        for (const [, key, given] of source(file).matchAll(/'([\w.]+)'\s*\|\s*transloco:\s*\{([^}]*)\}/g)) {
          const names = new Set([...given!.matchAll(/(\w+)\s*:/g)].map((match) => match[1]));
          const lacking = params(EN.get(key!) ?? '').filter((name) => !names.has(name));
          if (lacking.length > 0) unfilled.push(`${key}: ${lacking.join(', ')} (${file})`);
        }
      }
      expect(unfilled).toEqual([]);
    });
  });
});

function source(file: string): string {
  return readFileSync(join(APP, file), 'utf8');
}

/** The app's templates and code, relative to src/app, without specs and these translations. */
function sourceFiles(directory = ''): string[] {
  return readdirSync(join(APP, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = directory ? `${directory}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return path === 'core/i18n/translations' ? [] : sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}
