import type { ValueTransformer } from 'typeorm';

/**
 * pg returns bigint as a string so as not to lose precision; amounts in tiyn stay far below 2^53
 * (90 trillion tenge), so they become exact JavaScript integers, and anything beyond is an error.
 */
export function tiynFromDatabase(value: string | number): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount ${value} tiyn is not a safe integer`);
  return amount;
}

export const tiynTransformer: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : tiynFromDatabase(value)),
};
