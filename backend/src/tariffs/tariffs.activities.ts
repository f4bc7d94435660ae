import type { MonthlyFeeActivities } from '@qoltanba/workflows/activities';
import type { FeeRunProjectionService } from './fee-run-projection.service.js';
import type { TariffChargesService } from './tariff-charges.service.js';

/** The monthly fee run's activities, bound to the worker's injected services. */
export function createTariffActivities(deps: {
  charges: TariffChargesService;
  projection: FeeRunProjectionService;
}): MonthlyFeeActivities {
  return {
    listFeesDue: ({ month, after, limit }) => deps.charges.listDue(month, after, limit),
    chargeMonthlyFee: ({ organizationId, month }) => deps.charges.charge(organizationId, month),
    recordFeeRun: (state, writtenAt) => deps.projection.project(state, writtenAt),
  };
}
