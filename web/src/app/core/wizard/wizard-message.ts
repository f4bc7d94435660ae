/** A message of a wizard: a translation key and what its text needs. */
export interface WizardMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
}

/** A step the wizard refuses itself, before asking the agent or the bank (e.g. two tokens connected). */
export class WizardProblem extends Error {
  constructor(readonly wizardMessage: WizardMessage) {
    super(wizardMessage.key);
    this.name = 'WizardProblem';
  }
}
