export enum ChangeRequestsErrorCode {
  NOT_FOUND = 'CHANGE_REQUEST_NOT_FOUND',
  /** Another request for the same change to the same object waits for its checker. */
  DUPLICATE = 'CHANGE_REQUEST_DUPLICATE',
  /** The object already is as the change would make it. */
  NOTHING_TO_CHANGE = 'CHANGE_NOTHING',
  /** The account is closed already, or a user/device is in no state for the change. */
  WRONG_STATE = 'CHANGE_WRONG_STATE',
  FINISHED = 'CHANGE_REQUEST_FINISHED',
  ENGINE_UNAVAILABLE = 'CHANGE_REQUEST_ENGINE_UNAVAILABLE',
  /** Approved, but applying could not reach the database: nothing changed; approve again. */
  APPLY_UNAVAILABLE = 'CHANGE_REQUEST_APPLY_UNAVAILABLE',
  /** The PIN envelope was printed already (or never was one): it is handed over once. */
  ENVELOPE_GONE = 'CHANGE_REQUEST_ENVELOPE_GONE',
  /** A PDF envelope is a card's: the others are opened once and printed from the page. */
  ENVELOPE_NOT_PRINTABLE = 'CHANGE_REQUEST_ENVELOPE_NOT_PRINTABLE',
  /** Only the types the platform lists as low-risk may be exempted from checking. */
  NOT_EXEMPTIBLE = 'CHANGE_TYPE_NOT_EXEMPTIBLE',
  /** Managers change clients and operators act on processes: neither makes the other's changes. */
  WRONG_DESK = 'CHANGE_REQUEST_WRONG_DESK',
}
