import type { Channel } from '../signatures/signature-right.js';

/** What a client can do, function by function, for the channel rules below. */
export const CHANNEL_FUNCTIONS = [
  'VIEW_ACCOUNTS_AND_STATEMENTS',
  'CREATE_TENGE_PAYMENT',
  'CREATE_CURRENCY_APPLICATION',
  'IMPORT_PAYMENTS',
  'APPROVE_DOCUMENTS',
  'TEMPLATE_TRANSFER',
  'SERVICE_APPLICATION',
  'SEND_TO_BANK',
  /** Registering the keys of a token (certificate requests): the token exists only in Standard. */
  'MANAGE_CERTIFICATES',
] as const;
export type ChannelFunction = (typeof CHANNEL_FUNCTIONS)[number];

/**
 * The channel table of the bank's offer: Standard does everything; Light everything but sending
 * payments and currency applications to the bank (that takes an EDS); Mobile views, approves,
 * transfers by template and sends service applications, but creates no payments or imports.
 */
const ALLOWED: Record<Channel, ReadonlySet<ChannelFunction>> = {
  STANDARD: new Set(CHANNEL_FUNCTIONS),
  LIGHT: new Set(CHANNEL_FUNCTIONS.filter((f) => f !== 'SEND_TO_BANK' && f !== 'MANAGE_CERTIFICATES')),
  MOBILE: new Set<ChannelFunction>([
    'VIEW_ACCOUNTS_AND_STATEMENTS',
    'APPROVE_DOCUMENTS',
    'TEMPLATE_TRANSFER',
    'SERVICE_APPLICATION',
  ]),
};

export function channelAllows(channel: Channel, fn: ChannelFunction): boolean {
  return ALLOWED[channel].has(fn);
}
