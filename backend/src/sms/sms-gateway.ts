/** Why a message is sent: the outbox and its logs name the purpose, never the text. */
export type SmsPurpose = 'TEMPORARY_PASSWORD' | 'OTP_CARD_BLOCKED' | 'TOKEN_REGISTERED';

export interface SmsMessage {
  /** +77XXXXXXXXX */
  to: string;
  purpose: SmsPurpose;
  /** The text, which may carry a secret (a temporary password): it is sealed at rest and never logged. */
  text: string;
}

/** Sends SMS. The only gateway so far is the outbox; a provider's adapter implements the same. */
export abstract class SmsGateway {
  /** Returns the message's id. */
  abstract send(message: SmsMessage): Promise<string>;
}

/** +77011234567 → +7701***4567, for logs and answers that must not spell out the number. */
export function maskPhone(phone: string): string {
  return phone.length > 8 ? `${phone.slice(0, 5)}***${phone.slice(-4)}` : '***';
}
