import { almatyDate } from '@qoltanba/workflows/domain';

/** A statement's period: Almaty days, both included, as the API takes them. */
export interface StatementPeriod {
  readonly from: string;
  readonly to: string;
}

export const QUICK_PERIODS = ['thisMonth', 'lastMonth', 'last7Days'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

/** The periods an accountant asks for most, counted from `now` in the bank's time zone. */
export function quickPeriod(kind: QuickPeriod, now: Date): StatementPeriod {
  const today = almatyDate(now.toISOString());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const day = (date: Date) => date.toISOString().slice(0, 10);
  switch (kind) {
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth':
      // Day 0 of a month is the last day of the one before.
      return {
        from: day(new Date(Date.UTC(year, month - 2, 1))),
        to: day(new Date(Date.UTC(year, month - 1, 0))),
      };
    case 'last7Days':
      return { from: day(new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000)), to: today };
  }
}
