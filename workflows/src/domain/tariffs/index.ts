export { FEE_PLANS, MONTHLY_FEE_TIYN, feeMonthOf, feePlanOf, isFeeDue } from './monthly-fee.js';
export type { FeePlan } from './monthly-fee.js';
export { firstWorkingDayOf, isWorkingDay } from './working-days.js';
