import type { UserLanguage } from '../organizations/client-user.entity.js';
import type { SmsPurpose } from './sms-gateway.js';

type Params = { readonly TEMPORARY_PASSWORD: { password: string } } & Record<
  Exclude<SmsPurpose, 'TEMPORARY_PASSWORD'>,
  Record<string, never>
>;

/**
 * The bank's SMS in each language of the interface, short enough for one Cyrillic SMS (70
 * characters) where possible. A text may carry a secret, so no text is ever logged.
 */
const TEXTS: { readonly [P in SmsPurpose]: Record<UserLanguage, (params: Params[P]) => string> } = {
  TEMPORARY_PASSWORD: {
    kk: ({ password }) =>
      `Qoltanba: уақытша құпиясөзіңіз ${password}. Бірінші кіргенде өзіңіздікін таңдайсыз.`,
    ru: ({ password }) => `Qoltanba: ваш временный пароль ${password}. При первом входе задайте свой.`,
    en: ({ password }) =>
      `Qoltanba: your temporary password is ${password}. You will choose your own at first log-in.`,
  },
  OTP_CARD_BLOCKED: {
    kk: () =>
      'Qoltanba: токенді тіркеуде PIN 5 рет қате енгізілді, OTP картаңыз бұғатталды. Банк бөлімшесіне хабарласыңыз.',
    ru: () =>
      'Qoltanba: ваша OTP-карта заблокирована после 5 неверных PIN при регистрации токена. Обратитесь в отделение банка.',
    en: () =>
      'Qoltanba: your OTP card was blocked after 5 wrong PINs at token registration. Contact your bank branch.',
  },
  TOKEN_REGISTERED: {
    kk: () => 'Qoltanba: қолтаңбаңызға токен тіркелді. Егер бұл сіз болмасаңыз, банкке дереу хабарласыңыз.',
    ru: () =>
      'Qoltanba: для вашей подписи зарегистрирован токен. Если это были не вы, срочно позвоните в банк.',
    en: () =>
      'Qoltanba: a token was registered for your signature. If it was not you, call the bank at once.',
  },
};

/** The text of an SMS for this purpose in the user's language. */
export function smsText<P extends SmsPurpose>(purpose: P, language: UserLanguage, params: Params[P]): string {
  return TEXTS[purpose][language](params);
}
