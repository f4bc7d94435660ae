import type { INestApplicationContext } from '@nestjs/common';
import type { PlatformActivities } from '@qoltanba/workflows/activities';
import { ApplicationProjectionService } from '../applications/application-projection.service.js';
import { createApplicationActivities } from '../applications/applications.activities.js';
import { BankGateway } from '../bank-gateway/bank-gateway.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { ChangeApplicationsService } from '../change-requests/change-applications.service.js';
import { ChangeRequestProjectionService } from '../change-requests/change-request-projection.service.js';
import { createChangeRequestActivities } from '../change-requests/change-requests.activities.js';
import { NationalCertificates } from '../registrations/national-certificates.js';
import { RegistrationNotices } from '../registrations/registration-notices.js';
import { RegistrationProjectionService } from '../registrations/registration-projection.service.js';
import { createRegistrationActivities } from '../registrations/registrations.activities.js';
import { DocumentProjectionService } from '../documents/document-projection.service.js';
import { createDocumentActivities } from '../documents/documents.activities.js';
import { SignatureEvidenceService } from '../documents/evidence/signature-evidence.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { createSelfCheckActivities } from '../ops/self-check.activities.js';
import { FeeRunProjectionService } from '../tariffs/fee-run-projection.service.js';
import { TariffChargesService } from '../tariffs/tariff-charges.service.js';
import { createTariffActivities } from '../tariffs/tariffs.activities.js';
import { SelfCheckRecorder } from '../ops/self-check-recorder.js';

/** Every activity the worker hosts, each built by its feature's factory over injected services. */
export function createPlatformActivities(
  app: INestApplicationContext,
  workerIdentity: string,
): PlatformActivities {
  return {
    ...createSelfCheckActivities(app.get(SelfCheckRecorder), workerIdentity),
    ...createDocumentActivities({
      evidence: app.get(SignatureEvidenceService),
      projection: app.get(DocumentProjectionService),
      notifications: app.get(NotificationsService),
      bank: app.get(BankGateway),
    }),
    ...createApplicationActivities({
      projection: app.get(ApplicationProjectionService),
      notifications: app.get(NotificationsService),
      organizations: app.get(OrganizationsService),
      bank: app.get(BankGateway),
    }),
    ...createRegistrationActivities({
      projection: app.get(RegistrationProjectionService),
      certificates: app.get(CertificatesService),
      notices: app.get(RegistrationNotices),
      national: app.get(NationalCertificates),
    }),
    ...createChangeRequestActivities({
      projection: app.get(ChangeRequestProjectionService),
      applications: app.get(ChangeApplicationsService),
    }),
    ...createTariffActivities({
      charges: app.get(TariffChargesService),
      projection: app.get(FeeRunProjectionService),
    }),
  };
}
