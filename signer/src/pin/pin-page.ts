import type { PinPrompt } from './pin-prompt.js';
import { LOCALES, PROMPT_TEXTS } from './pin-prompt-texts.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JSON inside <script type="application/json">: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(lang: string, title: string, body: string, data?: unknown): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="/pin/assets/pin-page.css">',
    data === undefined
      ? ''
      : `<script type="application/json" id="prompt-data">${scriptJson(data)}</script>` +
        '<script src="/pin/assets/pin-page.js" defer></script>',
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

const ddmmyyyy = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;

/** Several certificates fit: one radio button each, with whose it is, what for and until when. */
function choiceList(prompt: PinPrompt): string {
  const choices = prompt.request.choices;
  if (!choices?.length) return '';
  const { choose } = prompt.texts;
  const items = choices.map((choice, index) => {
    const lines = [
      `<strong>${escapeHtml(choice.holder)}</strong>`,
      escapeHtml(choose.purpose[choice.purpose]),
      [choice.iin && `${choose.iin} ${choice.iin}`, choice.bin && `${choose.bin} ${choice.bin}`]
        .filter(Boolean)
        .map((text) => escapeHtml(text as string))
        .join(' · '),
      escapeHtml(choice.organization),
      escapeHtml(choose.validity(ddmmyyyy(choice.notBefore), ddmmyyyy(choice.notAfter))),
      `${escapeHtml(choose.issuer)}: ${escapeHtml(choice.issuer)}`,
      `${escapeHtml(choose.token)}: ${escapeHtml(choice.token)}`,
    ].filter(Boolean);
    return (
      `<label class="choice"><input type="radio" name="choice" value="${index}" required>` +
      `<span>${lines.join('<br>')}</span></label>`
    );
  });
  return `<fieldset class="choices"><legend>${escapeHtml(choose.heading)}</legend>\n${items.join('\n')}\n</fieldset>`;
}

/** The prompt page: which token, for which site, for what, and the fields this operation needs. */
export function renderPinPage(prompt: PinPrompt): string {
  const { request, texts } = prompt;
  const input = (name: string, label: string, autofocus = false) =>
    `<label>${escapeHtml(label)}<input type="password" name="${name}" required maxlength="64" ` +
    `autocomplete="off" spellcheck="false"${autofocus ? ' autofocus' : ''}></label>`;
  const fields = prompt.fields
    .map((field, index) => {
      switch (field) {
        case 'pin':
          return input('pin', prompt.fields.includes('newPin') ? texts.currentPin : texts.pin, index === 0);
        case 'soPin':
          return input('soPin', texts.soPin, index === 0);
        case 'newPin':
          return input('newPin', texts.newPin, index === 0) + input('newPinRepeat', texts.newPinRepeat);
        case 'keyFile':
          return (
            `<label>${escapeHtml(texts.keyFile.file)}<input type="file" name="keyFile" required ` +
            `accept=".p12,.pfx,application/x-pkcs12"${index === 0 ? ' autofocus' : ''}></label>`
          );
        case 'password':
          return input('password', texts.keyFile.password);
        case 'confirmation':
          return (
            `<label class="confirmation"><input type="checkbox" name="confirmation" required> ` +
            `${escapeHtml(texts.confirmFormat(request.token.label))}</label>`
          );
      }
    })
    .join('\n');
  const title = request.keyFile ? texts.keyFile.store : texts.title;
  const body = `
<h1>${escapeHtml(title)}</h1>
<p class="operation">${escapeHtml(texts.operation(request.operation))}</p>
<dl>
  ${request.choices?.length || request.keyFile ? '' : `<dt>${escapeHtml(texts.token)}</dt><dd>${escapeHtml(request.token.label)}</dd>`}
  <dt>${escapeHtml(texts.requestedBy)}</dt><dd>${escapeHtml(request.requestedBy)}</dd>
</dl>
<form id="pin-form" autocomplete="off">
${choiceList(prompt)}
${fields}
<p id="status" role="alert">${escapeHtml(texts.pinState(prompt.currentPinState))}</p>
<div class="actions">
  <button type="submit">${escapeHtml(texts.submit)}</button>
  <button type="button" id="cancel">${escapeHtml(texts.cancel)}</button>
</div>
</form>
<p id="countdown" class="countdown"></p>
<p class="privacy">${escapeHtml(request.keyFile ? texts.keyFile.privacy : texts.privacy)}</p>`;
  return page(request.locale, title, body, {
    deadline: prompt.deadline,
    texts: {
      checking: texts.checking,
      mismatch: texts.mismatch,
      secondsLeft: texts.secondsLeft,
      cancelled: texts.cancelled,
      expired: texts.expired,
    },
  });
}

/** What an unknown, used or expired prompt address shows, in every language (the locale is gone with it). */
export function renderExpiredPage(): string {
  const lines = LOCALES.map(
    (locale) => `<p lang="${locale}">${escapeHtml(PROMPT_TEXTS[locale].expired)}</p>`,
  );
  return page('ru', PROMPT_TEXTS.ru.expired, lines.join('\n'));
}
