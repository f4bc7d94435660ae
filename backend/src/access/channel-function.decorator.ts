import { SetMetadata } from '@nestjs/common';
import type { ChannelFunction } from '@qoltanba/workflows/domain';

export const CHANNEL_FUNCTION_KEY = 'qoltanba:channel-function';

/**
 * The function a client handler performs; the guard refuses it in channels that do not offer it. A
 * handler serving several (creating a payment or a transfer by template) names each, the guard lets
 * any of them through, and the service checks the one the request turns out to be.
 */
export const RequiresChannelFunction = (...fns: [ChannelFunction, ...ChannelFunction[]]) =>
  SetMetadata(CHANNEL_FUNCTION_KEY, fns);
