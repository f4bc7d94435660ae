import type { ApplicationActivities } from '@qoltanba/workflows/activities';
import type { ApplicationState } from '@qoltanba/workflows/domain';
import type { BankGateway } from '../bank-gateway/bank-gateway.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { ApplicationProjectionService } from './application-projection.service.js';
import { summaryOf } from './application-summary.js';

/** The application workflow's activities, bound to the worker's injected services. */
export function createApplicationActivities(deps: {
  projection: ApplicationProjectionService;
  notifications: NotificationsService;
  organizations: OrganizationsService;
  bank: BankGateway;
}): Omit<ApplicationActivities, 'confirmSignatureEvidence'> {
  return {
    recordApplicationTransition: async (state, awaitingChanged, writtenAt) => {
      await deps.projection.project(state, writtenAt);
      if (awaitingChanged) await deps.notifications.notifyAwaited(awaitingApplication(state));
    },
    sendApplicationToBank: async (state) => {
      const organization = await deps.organizations.get(state.organizationId);
      // The application id is the idempotency key: the bank answers a repeat with its first receipt.
      return deps.bank.submitApplication({
        applicationId: state.applicationId,
        organizationId: state.organizationId,
        organization: { name: organization.name, binIin: organization.binIin },
        number: state.number,
        content: state.content,
      });
    },
  };
}

function awaitingApplication(state: ApplicationState) {
  const summary = summaryOf(state.content);
  return {
    id: state.applicationId,
    organizationId: state.organizationId,
    awaiting: state.awaiting,
    seq: state.timeline.at(-1)?.seq ?? 0,
    payload: {
      application: state.kind,
      number: state.number,
      ...(summary.amount ? { amount: summary.amount } : {}),
    },
  };
}
