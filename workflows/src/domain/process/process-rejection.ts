/**
 * A refused action of any process: a stable code the API returns as is, a message for people, and
 * the field concerned when there is one. Workflows raise it as a typed update failure and change
 * nothing; each process narrows `code` to its own enum.
 */
export class ProcessRejection extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProcessRejection';
  }
}
