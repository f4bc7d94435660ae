import { SetMetadata } from '@nestjs/common';
import type { ChannelFunction } from '@qoltanba/workflows/domain';

export const CHANNEL_FUNCTION_KEY = 'qoltanba:channel-function';

/** The function a client handler performs; the guard refuses it in channels that do not offer it. */
export const RequiresChannelFunction = (fn: ChannelFunction) => SetMetadata(CHANNEL_FUNCTION_KEY, fn);
