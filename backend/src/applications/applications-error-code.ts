/** The API's own application errors; the workflow's refusals pass through with their own codes. */
export enum ApplicationsErrorCode {
  NOT_FOUND = 'APPLICATION_NOT_FOUND',
  FILE_NOT_FOUND = 'APPLICATION_FILE_NOT_FOUND',
  /** Not a PDF, PNG or JPEG by its content (whatever its name says). */
  FILE_TYPE_NOT_ACCEPTED = 'APPLICATION_FILE_TYPE_NOT_ACCEPTED',
  FILE_TOO_LARGE = 'APPLICATION_FILE_TOO_LARGE',
  FILE_MISSING = 'APPLICATION_FILE_MISSING',
  /** The channel may not create this kind (Mobile: currency applications). */
  KIND_NOT_IN_CHANNEL = 'APPLICATION_KIND_NOT_IN_CHANNEL',
  MAY_NOT_PREPARE = 'APPLICATION_MAY_NOT_PREPARE',
  /** A cancellation is not itself cancelled: it is withdrawn before it is sent. */
  CANCELLATION_OF_CANCELLATION = 'APPLICATION_CANCELLATION_OF_CANCELLATION',
  IDEMPOTENCY_KEY_REUSED = 'APPLICATION_IDEMPOTENCY_KEY_REUSED',
  ENGINE_UNAVAILABLE = 'APPLICATION_ENGINE_UNAVAILABLE',
  /** The bank's rates could not be read. */
  RATES_UNAVAILABLE = 'APPLICATION_RATES_UNAVAILABLE',
}
