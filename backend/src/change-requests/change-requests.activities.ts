import type { ChangeRequestActivities } from '@qoltanba/workflows/activities';
import { failingAsActivity } from '../temporal/activity-failure.js';
import type { ChangeApplicationsService } from './change-applications.service.js';
import type { ChangeRequestProjectionService } from './change-request-projection.service.js';

/** The change-request workflow's activities, bound to the worker's injected services. */
export function createChangeRequestActivities(deps: {
  projection: ChangeRequestProjectionService;
  applications: ChangeApplicationsService;
}): ChangeRequestActivities {
  return {
    recordChangeRequest: (state, writtenAt) => deps.projection.project(state, writtenAt),
    // A refusal by the client's data (the IBAN taken meanwhile) is final: the request records why.
    applyChange: failingAsActivity((request) => deps.applications.apply(request)),
  };
}
