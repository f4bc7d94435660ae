import type { PinState } from '../pkcs11/pin-state.js';
import type { PinPolicyReason } from './pin-policy.js';
import type { PromptOperation } from './prompt-operation.js';

/** Clients work in Kazakh and Russian; English for foreign-owned companies. */
export const LOCALES = ['ru', 'kk', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function toLocale(value: unknown): Locale {
  return LOCALES.find((locale) => locale === value) ?? 'ru';
}

export interface PromptTexts {
  title: string;
  token: string;
  requestedBy: string;
  operation(operation: PromptOperation): string;
  privacy: string;
  pin: string;
  currentPin: string;
  soPin: string;
  newPin: string;
  newPinRepeat: string;
  confirmFormat(label: string): string;
  submit: string;
  cancel: string;
  checking: string;
  wrongPin: string;
  pinState(state: PinState): string;
  locked: string;
  /** `changePin` from the factory default, on a token whose PIN was set already. */
  notDefault: string;
  policy: Record<PinPolicyReason | 'token', string>;
  mismatch: string;
  confirmationRequired: string;
  accepted: string;
  cancelled: string;
  expired: string;
  failed: string;
  secondsLeft: string;
  /** A key in a file: the store's name, the fields, and why a file was refused (the user may try again). */
  keyFile: {
    store: string;
    file: string;
    password: string;
    privacy: string;
    refused: Record<'KEY_FILE_INVALID' | 'KEY_FILE_PASSWORD_INCORRECT' | 'KEY_FILE_NOT_SUITABLE', string>;
  };
  /** When several certificates fit the request: the user picks the one to use. */
  choose: {
    heading: string;
    purpose: Record<'signing' | 'authentication' | 'other', string>;
    iin: string;
    bin: string;
    validity(from: string, to: string): string;
    issuer: string;
    token: string;
  };
}

/** Russian plural of "документ": 1 документ, 2–4 документа, 5–20 документов, 21 документ… */
function russianDocuments(count: number): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return `${count} документов`;
  if (last === 1) return `${count} документ`;
  if (last >= 2 && last <= 4) return `${count} документа`;
  return `${count} документов`;
}

const ru: PromptTexts = {
  title: 'Ввод PIN-кода',
  token: 'Токен',
  requestedBy: 'Запрос от',
  operation: (operation) =>
    ({
      sign: () => `Подписать ${russianDocuments(operation.kind === 'sign' ? operation.documents : 1)}`,
      readKeyInfo: () => 'Показать сайту сертификат ключа',
      generateKeyPair: () => 'Создать ключ на токене',
      createCertificateRequest: () => 'Подписать запрос на сертификат',
      writeCertificate: () => 'Записать сертификат на токен',
      prepareRegistration: () => 'Создать ключи и запросы на сертификаты для регистрации токена',
      changePin: () => 'Сменить PIN-код',
      setInitialPin: () =>
        'Новый токен выдаётся с паролем (PIN-кодом) 12345678: замените его своим. Не менее 8 символов, ' +
        'только латинские буквы и цифры, без последовательностей вроде 123 или abc; 12345678 нельзя.',
      unblockPin: () => 'Разблокировать PIN-код',
      formatToken: () => 'Форматировать токен',
    })[operation.kind](),
  privacy: 'PIN-код вводится в окне агента подписи: сайт банка его не видит.',
  pin: 'PIN-код',
  currentPin: 'Текущий PIN-код',
  soPin: 'PIN-код администратора',
  newPin: 'Новый PIN-код',
  newPinRepeat: 'Повторите новый PIN-код',
  confirmFormat: (label) => `Я понимаю, что все ключи и сертификаты на токене «${label}» будут удалены`,
  submit: 'Подтвердить',
  cancel: 'Отмена',
  checking: 'Проверка…',
  wrongPin: 'Неверный PIN-код.',
  pinState: (state) =>
    state.finalTry
      ? 'Осталась последняя попытка: следующий неверный ввод заблокирует PIN-код.'
      : state.countLow
        ? 'Был неверный ввод: число попыток ограничено.'
        : '',
  locked: 'PIN-код заблокирован. Разблокируйте его PIN-кодом администратора.',
  notDefault: 'Пароль токена уже не 12345678: его задали раньше. Используйте свой пароль.',
  policy: {
    length: 'Новый PIN-код: от 8 до 32 символов.',
    characters: 'Новый PIN-код: только латинские буквы и цифры.',
    sequence: 'Новый PIN-код не должен содержать последовательностей вроде 123, 678 или abc.',
    unchanged: 'Новый PIN-код совпадает с текущим.',
    token: 'Токен не принимает такой PIN-код.',
  },
  mismatch: 'Новые PIN-коды не совпадают.',
  confirmationRequired: 'Подтвердите, что понимаете последствия.',
  accepted: 'PIN-код принят. Окно можно закрыть.',
  cancelled: 'Отменено.',
  expired: 'Этот запрос больше не действителен.',
  failed: 'Операция не выполнена.',
  secondsLeft: 'Осталось {s} с',
  keyFile: {
    store: 'Файл ключа (PKCS#12)',
    file: 'Файл ключа (.p12)',
    password: 'Пароль к файлу ключа',
    privacy: 'Файл и пароль остаются на этом компьютере: сайт банка их не видит.',
    refused: {
      KEY_FILE_INVALID: 'Это не файл ключа (.p12, .pfx). Выберите другой файл.',
      KEY_FILE_PASSWORD_INCORRECT: 'Неверный пароль к файлу ключа.',
      KEY_FILE_NOT_SUITABLE:
        'Ключ в этом файле не подходит для запроса (другое назначение, ИИН или БИН, или срок истёк). Выберите другой файл.',
    },
  },
  choose: {
    heading: 'Выберите сертификат',
    purpose: { signing: 'Подпись', authentication: 'Вход (аутентификация)', other: 'Иное назначение' },
    iin: 'ИИН',
    bin: 'БИН',
    validity: (from, to) => `Действует с ${from} по ${to}`,
    issuer: 'Издатель',
    token: 'Токен',
  },
};

const kk: PromptTexts = {
  title: 'PIN-кодты енгізу',
  token: 'Токен',
  requestedBy: 'Сұрау жіберген',
  operation: (operation) =>
    ({
      sign: () => `${operation.kind === 'sign' ? operation.documents : 1} құжатқа қол қою`,
      readKeyInfo: () => 'Кілттің сертификатын сайтқа көрсету',
      generateKeyPair: () => 'Токенде кілт жасау',
      createCertificateRequest: () => 'Сертификатқа сұранысқа қол қою',
      writeCertificate: () => 'Сертификатты токенге жазу',
      prepareRegistration: () => 'Токенді тіркеу үшін кілттер мен сертификатқа сұраныстар жасау',
      changePin: () => 'PIN-кодты ауыстыру',
      setInitialPin: () =>
        'Жаңа токен 12345678 құпиясөзімен (PIN-кодымен) беріледі: оны өзіңіздікіне ауыстырыңыз. Кемінде ' +
        '8 таңба, тек латын әріптері мен цифрлар, 123 немесе abc сияқты тізбектерсіз; 12345678 болмайды.',
      unblockPin: () => 'PIN-кодты бұғаттан шығару',
      formatToken: () => 'Токенді пішімдеу',
    })[operation.kind](),
  privacy: 'PIN-код қол қою агентінің терезесінде енгізіледі: банк сайты оны көрмейді.',
  pin: 'PIN-код',
  currentPin: 'Ағымдағы PIN-код',
  soPin: 'Әкімші PIN-коды',
  newPin: 'Жаңа PIN-код',
  newPinRepeat: 'Жаңа PIN-кодты қайталаңыз',
  confirmFormat: (label) => `«${label}» токеніндегі барлық кілттер мен сертификаттар жойылатынын түсінемін`,
  submit: 'Растау',
  cancel: 'Бас тарту',
  checking: 'Тексерілуде…',
  wrongPin: 'PIN-код қате.',
  pinState: (state) =>
    state.finalTry
      ? 'Соңғы әрекет қалды: келесі қате енгізу PIN-кодты бұғаттайды.'
      : state.countLow
        ? 'Қате енгізу болды: әрекет саны шектеулі.'
        : '',
  locked: 'PIN-код бұғатталған. Оны әкімші PIN-кодымен бұғаттан шығарыңыз.',
  notDefault: 'Токен құпиясөзі енді 12345678 емес: ол бұрын орнатылған. Өз құпиясөзіңізді пайдаланыңыз.',
  policy: {
    length: 'Жаңа PIN-код: 8-ден 32 таңбаға дейін.',
    characters: 'Жаңа PIN-код: тек латын әріптері мен цифрлар.',
    sequence: 'Жаңа PIN-кодта 123, 678 немесе abc сияқты тізбектер болмауы керек.',
    unchanged: 'Жаңа PIN-код ағымдағымен бірдей.',
    token: 'Токен мұндай PIN-кодты қабылдамайды.',
  },
  mismatch: 'Жаңа PIN-кодтар сәйкес келмейді.',
  confirmationRequired: 'Салдарын түсінетініңізді растаңыз.',
  accepted: 'PIN-код қабылданды. Терезені жабуға болады.',
  cancelled: 'Бас тартылды.',
  expired: 'Бұл сұрау енді жарамсыз.',
  failed: 'Операция орындалмады.',
  secondsLeft: '{s} с қалды',
  keyFile: {
    store: 'Кілт файлы (PKCS#12)',
    file: 'Кілт файлы (.p12)',
    password: 'Кілт файлының құпиясөзі',
    privacy: 'Файл мен құпиясөз осы компьютерде қалады: банк сайты оларды көрмейді.',
    refused: {
      KEY_FILE_INVALID: 'Бұл кілт файлы емес (.p12, .pfx). Басқа файлды таңдаңыз.',
      KEY_FILE_PASSWORD_INCORRECT: 'Кілт файлының құпиясөзі қате.',
      KEY_FILE_NOT_SUITABLE:
        'Бұл файлдағы кілт сұрауға сай емес (басқа мақсат, ЖСН немесе БСН, не мерзімі өткен). Басқа файлды таңдаңыз.',
    },
  },
  choose: {
    heading: 'Сертификатты таңдаңыз',
    purpose: { signing: 'Қол қою', authentication: 'Кіру (аутентификация)', other: 'Басқа мақсат' },
    iin: 'ЖСН',
    bin: 'БСН',
    validity: (from, to) => `${from} бастап ${to} дейін жарамды`,
    issuer: 'Берген куәландырушы орталық',
    token: 'Токен',
  },
};

const en: PromptTexts = {
  title: 'Enter PIN',
  token: 'Token',
  requestedBy: 'Requested by',
  operation: (operation) =>
    ({
      sign: () => {
        const count = operation.kind === 'sign' ? operation.documents : 1;
        return `Sign ${count} ${count === 1 ? 'document' : 'documents'}`;
      },
      readKeyInfo: () => "Show the site the key's certificate",
      generateKeyPair: () => 'Generate a key on the token',
      createCertificateRequest: () => 'Sign a certificate request',
      writeCertificate: () => 'Write a certificate to the token',
      prepareRegistration: () => "Make the keys and certificate requests for the token's registration",
      changePin: () => 'Change the PIN',
      setInitialPin: () =>
        'A new token comes with the password (PIN) 12345678: replace it with your own. At least 8 ' +
        'characters, Latin letters and digits only, no runs such as 123 or abc; not 12345678.',
      unblockPin: () => 'Unblock the PIN',
      formatToken: () => 'Format the token',
    })[operation.kind](),
  privacy: "You type the PIN in the signing agent's window: the bank's site never sees it.",
  pin: 'PIN',
  currentPin: 'Current PIN',
  soPin: 'Administrator PIN',
  newPin: 'New PIN',
  newPinRepeat: 'Repeat the new PIN',
  confirmFormat: (label) =>
    `I understand that every key and certificate on the token “${label}” will be destroyed`,
  submit: 'Confirm',
  cancel: 'Cancel',
  checking: 'Checking…',
  wrongPin: 'Wrong PIN.',
  pinState: (state) =>
    state.finalTry
      ? 'Last try: one more wrong PIN locks it.'
      : state.countLow
        ? 'A wrong PIN was entered: tries are limited.'
        : '',
  locked: 'The PIN is locked. Unblock it with the administrator PIN.',
  notDefault: "The token's password is no longer 12345678: it was set before. Use your own password.",
  policy: {
    length: 'The new PIN must have 8 to 32 characters.',
    characters: 'The new PIN may hold Latin letters and digits only.',
    sequence: 'The new PIN may not contain runs such as 123, 678 or abc.',
    unchanged: 'The new PIN is the same as the current one.',
    token: 'The token does not accept this PIN.',
  },
  mismatch: 'The new PINs do not match.',
  confirmationRequired: 'Confirm that you understand the consequences.',
  accepted: 'PIN accepted. You may close this window.',
  cancelled: 'Cancelled.',
  expired: 'This request is no longer valid.',
  failed: 'The operation failed.',
  secondsLeft: '{s} s left',
  keyFile: {
    store: 'Key file (PKCS#12)',
    file: 'Key file (.p12)',
    password: 'Password of the key file',
    privacy: 'The file and its password stay on this computer: the bank’s site does not see them.',
    refused: {
      KEY_FILE_INVALID: 'This is not a key file (.p12, .pfx). Choose another file.',
      KEY_FILE_PASSWORD_INCORRECT: 'Wrong password for the key file.',
      KEY_FILE_NOT_SUITABLE:
        'The key in this file does not fit the request (another purpose, IIN or BIN, or expired). Choose another file.',
    },
  },
  choose: {
    heading: 'Choose the certificate',
    purpose: { signing: 'Signing', authentication: 'Log-in (authentication)', other: 'Other purpose' },
    iin: 'IIN',
    bin: 'BIN',
    validity: (from, to) => `Valid from ${from} to ${to}`,
    issuer: 'Issuer',
    token: 'Token',
  },
};

export const PROMPT_TEXTS: Record<Locale, PromptTexts> = { ru, kk, en };
