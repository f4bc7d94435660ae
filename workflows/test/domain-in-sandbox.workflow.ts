// A workflow for the test beside it only: it runs the shared domain rules inside Temporal's
// deterministic sandbox, where Node built-ins are absent, exactly as real workflows will.
import {
  INITIAL_KBK_CATALOGUE,
  INITIAL_KNP_CATALOGUE,
  INITIAL_TAX_OFFICES,
  KZ_BANKS,
  QOLTANBA_BANK,
  bankDirectoryOf,
  kbkCodesOf,
  taxOfficeBinsOf,
  canonicalJson,
  knpCodesOf,
  sha256Hex,
  validateTengePaymentOrder,
  type TengePaymentOrder,
} from '../src/domain/index.js';

export interface DomainInSandboxResult {
  digest: string;
  violationCodes: string[];
}

export async function domainInSandbox(
  order: TengePaymentOrder,
  today: string,
): Promise<DomainInSandboxResult> {
  const violations = validateTengePaymentOrder(order, {
    today,
    knpCatalogue: knpCodesOf(INITIAL_KNP_CATALOGUE),
    bankDirectory: bankDirectoryOf(KZ_BANKS),
    ownBankCode: QOLTANBA_BANK.bankCode,
    kbkCatalogue: kbkCodesOf(INITIAL_KBK_CATALOGUE),
    taxOffices: taxOfficeBinsOf(INITIAL_TAX_OFFICES),
  });
  return { digest: sha256Hex(canonicalJson(order)), violationCodes: violations.map((v) => v.code) };
}
