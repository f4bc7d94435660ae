import type { SignatureRight } from '@qoltanba/workflows/domain';
import { ROLE_OID } from '../common/pki/kazakh-subject.js';
import type { LegalForm } from '../organizations/organization.entity.js';

/**
 * The holder's roles as the National Certification Authority writes them: an individual
 * entrepreneur acts as an individual; a legal entity's employee, and one with a signature right
 * (read when the certificate is issued) as a person who may sign.
 */
export function rolesOf(legalForm: LegalForm, right: SignatureRight): string[] {
  if (legalForm === 'INDIVIDUAL_ENTREPRENEUR') return [ROLE_OID.individual];
  return right === 'NONE' ? [ROLE_OID.legalEntity] : [ROLE_OID.legalEntity, ROLE_OID.maySign];
}
