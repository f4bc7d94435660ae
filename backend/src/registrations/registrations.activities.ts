import type { RegistrationActivities, ReissueActivities } from '@qoltanba/workflows/activities';
import type { RegistrationCertificate } from '@qoltanba/workflows/domain';
import type { CertificatesService } from '../certificates/certificates.service.js';
import type { UserCertificate } from '../certificates/user-certificate.entity.js';
import { failingAsActivity } from '../temporal/activity-failure.js';
import type { RegistrationProjectionService } from './registration-projection.service.js';
import type { NationalCertificates } from './national-certificates.js';
import type { RegistrationNotices } from './registration-notices.js';

/** The token registration's and reissue's activities, bound to the worker's injected services. */
export function createRegistrationActivities(deps: {
  projection: RegistrationProjectionService;
  certificates: CertificatesService;
  notices: RegistrationNotices;
  national: NationalCertificates;
}): RegistrationActivities & ReissueActivities {
  return {
    recordRegistration: (state, writtenAt) => deps.projection.project(state, writtenAt),
    // A request the CA refuses fails with its code (the workflow sends the client back to the keys).
    issueRegistrationCertificates: failingAsActivity(
      async ({ registrationId, userId, validityDays, requests }) => {
        const issue = (purpose: 'SIGNING' | 'AUTHENTICATION', request: string) =>
          deps.certificates.issueForRegistration(registrationId, userId, {
            purpose,
            certificationRequest: Buffer.from(request, 'base64'),
            validityDays,
          });
        const signing = requests.nationalSigning
          ? await deps.national.registerForRegistration(
              registrationId,
              userId,
              Buffer.from(requests.nationalSigning, 'base64'),
            )
          : await issue('SIGNING', requests.signing ?? '');
        const authentication = await issue('AUTHENTICATION', requests.authentication);
        return [signing, authentication].map(toRegistrationCertificate);
      },
    ),
    activateRegistrationCertificates: async (registrationId) => {
      const superseded = await deps.certificates.activateRegistration(registrationId);
      await deps.notices.registered(registrationId, superseded.length);
    },
    discardRegistrationCertificates: async (registrationId) => {
      await deps.certificates.discardRegistration(registrationId);
    },
    recordReissue: (state, writtenAt) => deps.projection.projectReissue(state, writtenAt),
    revokeForReissue: ({ reissueId, userId, keyCompromised }) =>
      deps.certificates.revokeAllActive(
        userId,
        keyCompromised ? 'KEY_COMPROMISE' : 'SUPERSEDED',
        `reissue:${reissueId}`,
      ),
  };
}

function toRegistrationCertificate(entry: UserCertificate): RegistrationCertificate {
  return {
    purpose: entry.purpose,
    certificateId: entry.id,
    serialNumber: entry.serialNumber,
    certificate: entry.certificateDer.toString('base64'),
    notAfter: entry.notAfter.toISOString(),
  };
}
