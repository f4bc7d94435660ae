/** Why a file could not be read as a 1C exchange file at all (a document's own errors are in the preview). */
export enum PaymentImportsErrorCode {
  NOT_EXCHANGE_FILE = 'ONE_C_NOT_EXCHANGE_FILE',
  SECTION_UNCLOSED = 'ONE_C_SECTION_UNCLOSED',
  NO_DOCUMENTS = 'ONE_C_NO_DOCUMENTS',
}
