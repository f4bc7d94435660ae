/**
 * The shape every language must have: exactly the keys of English, nested the same way, each leaf a
 * string. A key missing from (or added to) ru.ts or kk.ts is a compile error.
 */
export type DeepStringRecord<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]>;
};

/**
 * English: the source of truth for the keys. Parameters use Transloco's `{{ name }}`; amounts and
 * dates arrive already formatted for the language (format.ts), so no text formats them itself.
 * Families keyed by a code (`status.DRAFT`, `paymentErrors.PAYMENT_IBAN_CHECKSUM`…) follow the
 * domain's and the API's codes exactly; see translations.spec.ts, which checks them.
 */
export const en = {
  language: {
    label: 'Language',
  },
  nav: {
    skip: 'Skip to main content',
    main: 'Main navigation',
    content: 'Page content',
    home: 'Accounts',
    documents: 'Documents',
    newPayment: 'New payment',
    profile: 'Profile',
  },
  auth: {
    logout: 'Log out',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    errors: {
      network: 'No connection to the bank. Check your internet connection and try again.',
      unexpected: 'Something went wrong. Please try again later.',
      unavailable: 'The bank’s service is unavailable for a moment. Please try again in a minute.',
    },
  },
  login: {
    title: 'Log in',
    heading: 'Log in to internet banking',
    expired: 'Your session has ended. Please log in again.',
    loggedOut: 'You have logged out.',
    method: 'Log-in method',
    byPhone: 'By phone (Light, Mobile)',
    standard: 'Standard (login or EDS)',
    phoneHint:
      'Enter your mobile phone number, your organization’s BIN/IIN and your password. A temporary password is sent to your phone by SMS.',
    phone: 'Mobile phone number',
    binIin: 'Organization’s BIN/IIN',
    binIinFormat: 'A BIN/IIN is 12 digits.',
    binIinHint: '12 digits',
    password: 'Password',
    channel: 'Channel',
    channelLight: 'Light (computer)',
    channelMobile: 'Mobile (smartphone)',
    submit: 'Log in',
    signingIn: 'Logging in…',
    standardHint:
      'Enter your login and password (the first time, the ones from your PIN envelope). Access is blocked after 3 wrong entries.',
    login: 'Login',
    edsHeading: 'Log in with EDS',
    edsHint: 'Connect your token. The signing program will ask for its PIN in a separate window.',
    edsSubmit: 'Log in with EDS',
    registerHeading: 'First time with a token?',
    registerHint:
      'Register the token you received at the bank with the user ID from the acceptance act and the PIN from your OTP card.',
    registerSubmit: 'Register a token',
    tokenHelpHeading: 'Trouble with the token?',
    tokenHelpHint:
      'Forgot the token password, certificates about to expire, or a new token? Reissue it. Is only the password locked after wrong entries? Unblock it with the administrator password.',
    reissueSubmit: 'Reissue / lost token PIN',
    tokenPinSubmit: 'Token password',
    errors: {
      invalid: 'Could not log in with these details. Check them and try again.',
      blocked: 'Your access is blocked. Contact your account manager at the bank to unblock it.',
      tooMany: 'Too many failed attempts. Wait a few minutes and try again.',
      channel:
        'This channel of internet banking is not enabled for you. Contact your account manager at the bank.',
      eds: 'Could not log in with EDS: the certificate was not accepted. Use the authentication key registered with the bank.',
    },
  },
  password: {
    title: 'Change password',
    heading: 'Choose your own password',
    intro: 'Your current password is temporary. To continue, replace it with one only you know.',
    current: 'Current password',
    new: 'New password',
    repeat: 'Repeat the new password',
    ruleLength: '{{ min }} to {{ max }} characters',
    ruleLetterDigit: 'At least one Latin letter and one digit',
    ruleCharacters: 'Only Latin letters, digits and punctuation, no spaces',
    ruleChanged: 'Different from the current password',
    mismatch: 'The passwords do not match.',
    submit: 'Save password',
    currentWrong: 'The current password is wrong.',
    policy: 'The new password does not meet the rules above.',
  },
  status: {
    title: 'Platform status',
    heading: 'Services',
    checkAgain: 'Check again',
    checking: 'Checking…',
    unreachable: 'The platform did not answer. It may be unavailable, or your connection may be down.',
    overall: 'Overall:',
    checkedAt: 'Checked',
    postgres: 'Database',
    temporal: 'Document processing',
    worker: 'Background workers',
    reason: 'Reason: {{ reason }}',
    latency: '{{ ms }} ms',
    oneWorker: '{{ count }} worker running',
    workers: '{{ count }} workers running',
    // Health of the platform and its components.
    up: 'Working',
    degraded: 'Partly unavailable',
    down: 'Not working',
    unknown: 'Unknown',
    // Document statuses (DOCUMENT_STATUSES).
    DRAFT: 'Draft',
    AWAITING_SIGNATURES: 'Awaiting signatures',
    SIGNED: 'Signed',
    SENT_TO_BANK: 'Sent to the bank',
    ACCEPTED: 'Accepted by the bank',
    EXECUTED: 'Executed',
    REJECTED_BY_BANK: 'Rejected by the bank',
    REJECTED: 'Rejected by a signer',
    WITHDRAWN: 'Withdrawn',
    EXPIRED: 'Expired',
  },
  home: {
    title: 'Accounts',
    heading: 'Accounts',
    awaitingSignatures: 'Documents to sign',
  },
  accounts: {
    balance: 'Balance',
    available: 'Available',
    balanceUnavailable: 'The balance is not available right now.',
    statement: 'Statement',
    failed: 'Could not load your accounts.',
    none: 'None of your organization’s accounts is connected to internet banking.',
  },
  statement: {
    title: 'Account statement',
    heading: 'Account statement',
    failed: 'Could not load the statement.',
    empty: 'No transactions yet.',
  },
  documents: {
    title: 'Documents',
    batch: 'Signing several documents',
    selected: 'Selected: {{ count }}',
    signSelected: 'Sign selected',
    signedCount: 'Documents signed: {{ count }}',
    failed: 'Could not load the documents.',
    empty: 'No documents match these filters.',
    number: 'Payment order No. {{ number }}',
    caption: 'Documents, newest first',
    select: 'Select',
    selectOne: 'Select document No. {{ number }}',
    columns: {
      number: 'No.',
      date: 'Date',
      beneficiary: 'Beneficiary',
      amount: 'Amount',
      status: 'Status',
      awaiting: 'Awaiting',
    },
    pagination: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {{ page }} of {{ pages }}',
    total: 'Documents in total: {{ count }}',
  },
  filters: {
    label: 'Filters',
    status: 'Status',
    any: 'Any',
    type: 'Document type',
    account: 'Account',
    from: 'Date from',
    to: 'Date to',
    reset: 'Reset filters',
  },
  documentType: {
    TENGE_PAYMENT: 'Tenge payment order',
  },
  detail: {
    title: 'Document',
    back: 'All documents',
    failed: 'Could not load the document.',
    rejectedBy: 'Rejected by {{ name }}. Reason: {{ reason }}',
    bankReason: 'The bank’s answer: {{ reason }}',
    actions: 'Actions',
    signing: 'Signing…',
    signEds: 'Sign with EDS',
    approveOtp: 'Approve with OTP',
    submit: 'Send for signature',
    edit: 'Edit',
    reject: 'Reject',
    withdraw: 'Withdraw',
    rejectReason: 'Reason for rejection',
    reasonRequired: 'State the reason for rejection.',
    confirmReject: 'Reject the document',
    approved: 'The document is approved.',
    signed: 'The document is signed.',
    submitted: 'The document is sent for signature.',
    withdrawn: 'The document is withdrawn.',
    rejected: 'The document is rejected.',
    fieldsHeading: 'Payment details',
    deadline: 'Sign by',
    bankReference: 'Bank reference',
    signaturesHeading: 'Signatures',
    noSignatures: 'No signatures yet.',
    evidence: 'Download signature data',
    timelineHeading: 'History',
  },
  fields: {
    number: 'Document number',
    date: 'Document date',
    valueDate: 'Value date',
    payerIban: 'Payer account (IBAN)',
    kod: 'Sender code (KOd)',
    amount: 'Amount',
    beneficiaryName: 'Beneficiary name',
    binIin: 'BIN/IIN',
    beneficiaryIban: 'Beneficiary account (IBAN)',
    bic: 'Beneficiary bank BIC',
    kbe: 'Beneficiary code (KBe)',
    knp: 'Payment purpose code (KNP)',
    kbk: 'Budget classification code (KBK)',
    purpose: 'Purpose of payment',
  },
  paymentForm: {
    newTitle: 'New payment order',
    editTitle: 'Edit payment order',
    loadFailed: 'Could not load the payment order.',
    document: 'Document',
    payer: 'Payer',
    beneficiary: 'Beneficiary',
    purposeSection: 'Purpose of payment',
    kodHint: 'Leave empty to use your organization’s code.',
    amountHint: 'In tenge, at most 2 digits after the decimal separator.',
    amountPreview: 'Will be saved as {{ amount }}',
    bankFound: 'Bank: {{ name }}',
    kbeHint: '2 digits: residency (1 resident, 2 non-resident) and economic sector',
    chooseKnp: 'Choose a code',
    purposeLength: '{{ count }} of {{ max }} characters',
    serverInvalid: 'The bank did not accept some fields. Correct the highlighted ones.',
    saveDraft: 'Save draft',
    submit: 'Save and send for signature',
  },
  /** PaymentErrorCode (workflows/src/domain/payment), plus the API's refusal of the paying account. */
  paymentErrors: {
    PAYMENT_FIELD_REQUIRED: 'Required field.',
    PAYMENT_TEXT_NOT_TRIMMED: 'Remove the spaces at the start and end.',
    PAYMENT_TEXT_TOO_LONG: 'At most {{ max }} characters.',
    PAYMENT_TEXT_CHARACTERS: 'Remove the control characters from this text.',
    PAYMENT_NUMBER_FORMAT: 'Up to {{ max }} letters, digits, “-” or “/”.',
    PAYMENT_DATE_FORMAT: 'Enter a valid date.',
    PAYMENT_DATE_IN_FUTURE: 'The document date cannot be later than today.',
    PAYMENT_VALUE_DATE_BEFORE_DATE: 'The value date cannot be earlier than the document date.',
    PAYMENT_VALUE_DATE_IN_PAST: 'The value date has already passed.',
    PAYMENT_VALUE_DATE_TOO_FAR: 'The value date can be at most {{ days }} calendar days after today.',
    PAYMENT_IBAN_LENGTH: 'The IBAN of a Kazakh account has 20 characters.',
    PAYMENT_IBAN_CHARACTERS: 'An IBAN contains only Latin letters and digits.',
    PAYMENT_IBAN_COUNTRY: 'The IBAN of a Kazakh account starts with KZ.',
    PAYMENT_IBAN_FORMAT: 'After KZ come 2 check digits and a 3-digit bank code.',
    PAYMENT_IBAN_CHECKSUM: 'The IBAN check digits do not match. Look for a typo.',
    PAYMENT_KOD_KBE_FORMAT: 'The code is 2 digits.',
    PAYMENT_KOD_KBE_RESIDENCY: 'The first digit is 1 (resident) or 2 (non-resident).',
    PAYMENT_KOD_KBE_SECTOR: 'The second digit is the economic sector, from 1 to 9.',
    PAYMENT_AMOUNT_FORMAT: 'Enter the amount in digits, with the tiyn after a decimal point or comma.',
    PAYMENT_AMOUNT_TOO_MANY_DECIMALS: 'At most 2 digits after the decimal separator.',
    PAYMENT_AMOUNT_NOT_POSITIVE: 'The amount must be greater than zero.',
    PAYMENT_AMOUNT_TOO_LARGE: 'The amount is too large for one document.',
    PAYMENT_CURRENCY_NOT_KZT: 'A tenge payment order is in KZT only.',
    PAYMENT_IIN_BIN_FORMAT: 'A BIN/IIN is exactly 12 digits.',
    PAYMENT_IIN_BIN_CHECKSUM: 'The BIN/IIN check digit does not match. Look for a typo.',
    PAYMENT_IIN_BIN_DATE:
      'The BIN/IIN does not start with a real date (the birth date in an IIN, the registration month in a BIN).',
    PAYMENT_IIN_BIN_STRUCTURE:
      'This is not a valid BIN/IIN: check the entity type, division or century digit.',
    PAYMENT_BENEFICIARY_BANK_UNKNOWN: 'No bank with code {{ code }} is in the directory. Check the IBAN.',
    PAYMENT_SAME_ACCOUNT: 'The beneficiary account is the same as the payer account.',
    PAYMENT_BIC_FORMAT: 'A BIC is 8 or 11 Latin letters and digits, e.g. HSBKKZKX.',
    PAYMENT_BIC_COUNTRY: 'The BIC of a Kazakh bank has KZ as its 5th and 6th characters.',
    PAYMENT_BIC_MISMATCH:
      'The BIC does not match the beneficiary’s bank: its IBAN is at the bank with BIC {{ bic }}.',
    PAYMENT_KNP_FORMAT: 'A KNP is 3 digits.',
    PAYMENT_KNP_UNKNOWN: 'This code is not in the bank’s KNP catalogue.',
    PAYMENT_KBK_FORMAT: 'A KBK is 6 digits.',
    PAYMENT_KBK_REQUIRED: 'A payment to the budget (BIC {{ treasury }}) needs a KBK.',
    PAYMENT_KBK_NOT_ALLOWED:
      'Only payments to the budget (BIC {{ treasury }}) carry a KBK. Clear this field.',
    DOCUMENT_PAYER_ACCOUNT_NOT_OWNED: 'This account does not belong to your organization.',
  },
  /** Refused document actions (document-errors.ts): workflow refusals, EDS and channel. */
  documentErrors: {
    DOCUMENT_WRONG_STATUS: 'This action is not possible in the document’s current status.',
    DOCUMENT_STALE_CONTENT: 'The document was changed meanwhile. Review it and sign again.',
    DOCUMENT_NO_SIGNING_RIGHT: 'You do not have the right to sign this document.',
    DOCUMENT_ALREADY_SIGNED_BY_USER:
      'You have already signed this document. The other signature must come from another person.',
    DOCUMENT_SECOND_BEFORE_FIRST: 'The second signature can only follow the first.',
    DOCUMENT_SLOT_TAKEN: 'The document already has a signature with your right.',
    DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS:
      'To send the document to the bank, a signer must sign it with EDS in the Standard channel.',
    DOCUMENT_NOT_AUTHOR: 'Only the author can withdraw the document.',
    DOCUMENT_REASON_REQUIRED: 'State the reason for rejection.',
    DOCUMENT_NOT_FOUND: 'The document was not found.',
    DOCUMENT_PAYER_ACCOUNT_NOT_OWNED: 'The paying account does not belong to your organization.',
    EDS: 'The EDS was not accepted. Check that your signing certificate is valid and registered with the bank.',
    CHANNEL: 'This action is not available in your channel of internet banking.',
  },
  otp: {
    heading: 'Approve with a one-time code',
    youApprove: 'You are approving:',
    amount: 'Amount',
    payee: 'Beneficiary',
    cardPrompt: 'Code from cell {{ cell }} of OTP card {{ serial }}',
    tokenPrompt: 'Code shown on your OTP token',
    codeFormat: 'The code is 6 digits.',
    newChallenge: 'Request again',
    confirm: 'Approve',
    requesting: 'Preparing the approval…',
    errors: {
      OTP_CODE_INVALID: 'Wrong code. Attempts left: {{ attemptsLeft }}.',
      OTP_CODE_ALREADY_USED: 'This code has already been used. Enter a new one.',
      OTP_CARD_WRONG_CELL: 'This code is from another cell. Enter the code from cell {{ cell }}.',
      OTP_DEVICE_BLOCKED:
        'Your OTP device is blocked. Contact your account manager at the bank to unblock it.',
      OTP_NO_DEVICE: 'You have no OTP device to approve with. Contact your account manager at the bank.',
      OTP_CHALLENGE_EXPIRED: 'The time to enter the code has run out. Request again.',
      OTP_CHALLENGE_STALE: 'The document has changed since. Review it and request again.',
      OTP_CHALLENGE_USED: 'This request has already been answered. Request again.',
      OTP_DOCUMENT_NOT_AWAITING_APPROVAL: 'The document no longer awaits your approval.',
    },
  },
  signer: {
    openPin: 'Open the PIN window',
    errors: {
      AGENT_UNAVAILABLE: 'The signing program is not running. Start it and try again.',
      PIN_CANCELLED: 'PIN entry was cancelled.',
      PIN_TIMEOUT: 'The PIN was not entered in time. Try again.',
      PIN_LOCKED:
        'The token’s password is locked after wrong entries. Unblock it with the administrator password on the “Token password” page, or reissue the token.',
      PIN_POLICY:
        'The new password breaks the rules: at least 8 Latin letters and digits, no runs such as 123 or abc.',
      CERTIFICATE_NOT_FOUND: 'No suitable certificate on the token. Check that the right token is connected.',
      CERTIFICATE_EXPIRED: 'Your certificate has expired. Re-register your token to get a new one.',
      CERTIFICATE_AMBIGUOUS: 'Several certificates fit. Leave connected only the token of this organization.',
      TOKEN_NOT_FOUND: 'No token found. Connect your token and try again.',
      KEY_NOT_FOUND: 'The certificate’s key is not on the token. The token may need re-registration.',
      OTHER: 'The signing program reported an error. Try again; if it happens again, contact the bank.',
    },
  },
  channel: {
    STANDARD: 'Standard',
    LIGHT: 'Light',
    MOBILE: 'Mobile',
  },
  right: {
    SINGLE: 'Single signature',
    FIRST: 'First signature',
    SECOND: 'Second signature',
    NONE: 'No signing right',
  },
  slot: {
    SINGLE: 'Single signature',
    FIRST: 'First signature',
    SECOND: 'Second signature',
    DISPATCH: 'EDS for sending to the bank',
  },
  method: {
    EDS: 'EDS',
    OTP: 'OTP code',
  },
  awaiting: {
    SUBMISSION: 'Awaiting sending for signature',
    SIGNATURE: 'Awaiting signature',
    DISPATCH_EDS: 'Awaiting EDS for sending to the bank',
    BANK: 'Being processed by the bank',
    NOTHING: 'No action needed',
  },
  /** TIMELINE_EVENTS (workflows/src/domain/documents/document-state.ts). */
  timeline: {
    CREATED: 'Created',
    EDITED: 'Edited',
    SUBMITTED: 'Sent for signature',
    SIGNED: 'Signed',
    REJECTED: 'Rejected by a signer',
    WITHDRAWN: 'Withdrawn',
    EXPIRED: 'Signing deadline passed',
    SENT_TO_BANK: 'Sent to the bank',
    ACCEPTED: 'Accepted by the bank',
    EXECUTED: 'Executed',
    REJECTED_BY_BANK: 'Rejected by the bank',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address.',
    home: 'Go to the home page',
  },
  /** Token registration (domain §7): the wizard from the log-in page, codes as the API answers them. */
  registration: {
    title: 'Token registration',
    heading: 'Register your token',
    intro:
      'Register the token you received at the bank branch to sign documents and log in with EDS. Keep at hand the acceptance act with your user ID, your OTP card and the token.',
    duration:
      'The whole registration may take up to 5 minutes. If it is interrupted, enter your user ID and PIN again: it continues where it stopped.',
    stepsLabel: 'Registration steps',
    steps: {
      credentials: 'Details',
      token: 'Token',
      password: 'Password',
      keys: 'Keys',
      issuing: 'Issuance',
      write: 'Writing',
      done: 'Done',
    },
    waitingForAgent: 'Waiting for the signing program…',
    tokenLine: 'Token: {{ model }}, serial number {{ serialNumber }}',
    backToLogin: 'Back to log-in',
    continueReissue: 'Continue the reissue of your token',
    notices: {
      resumed: 'Your registration continues where you stopped.',
    },
    credentials: {
      heading: 'User ID and OTP card PIN',
      intro:
        'Enter the user ID from the acceptance act and the PIN from your OTP card, both received at the bank.',
      userId: 'User ID',
      userIdHint: 'As printed in the acceptance act, for example qq111111_qwertyui',
      userIdRequired: 'Enter the user ID from the acceptance act.',
      pin: 'PIN from the OTP card',
      pinHint: '{{ length }} capital Latin letters',
      pinLength: 'The PIN from the OTP card has {{ length }} characters.',
      submit: 'Continue',
      checking: 'Checking…',
    },
    token: {
      heading: 'Connect the token',
      intro:
        'Connect only the token you received at the bank and disconnect any other: another token may belong to another organization. The signing program must be running.',
      none: 'The signing program sees no token. Connect your token and press “Look again”.',
      looking: 'Looking for tokens…',
      register: 'Register this token',
      registering: 'Registering the token…',
      lookAgain: 'Look again',
    },
    password: {
      heading: 'Set the token password',
      intro:
        'A new token has the default password {{ default }}. Replace it with your own: the signing program asks for the new password in its own window. The bank never sees it.',
      ruleLength: 'At least {{ min }} characters',
      ruleCharacters: 'Only Latin letters and digits',
      ruleRuns: 'No runs such as 123, 678 or abc',
      ruleDefault: 'Not the default password {{ default }}',
      remember:
        'Remember this password: you will enter it to sign documents and to log in. After several wrong entries the token locks.',
      submit: 'Set the password',
      alreadySet:
        'This token’s password is no longer the default one: it has already been set. Continue with that password.',
      continue: 'Continue with the current password',
      setWhenFormatting:
        'You set this token’s new password while formatting it. Continue with that password.',
    },
    keys: {
      heading: 'Generate the keys',
      intro:
        'Two keys are generated on the token, one for signing documents and one for logging in, and requests for their certificates go to the certification authority.',
      pinOnce: 'The signing program asks for the token password once. Do not disconnect the token.',
      submit: 'Generate the keys',
      refused:
        'The certification authority did not accept the previous requests (code {{ code }}). Generate the keys again.',
    },
    issuing: {
      heading: 'Issuing the certificates',
      text: 'The certification authority is issuing your certificates. This usually takes less than a minute, at most 5 minutes.',
      keepConnected: 'Keep this page open and the token connected.',
    },
    write: {
      heading: 'Write the certificates',
      text: 'The certificates are issued. They need to be written to the token.',
      writing: 'Writing the certificates to the token…',
      submit: 'Write to the token',
    },
    done: {
      heading: 'Registration complete',
      text: 'Your EDS profile is ready: the token holds your certificates for signing and for logging in.',
      holder: 'Holder',
      organization: 'Organization',
      SIGNING: 'Signing certificate',
      AUTHENTICATION: 'Log-in certificate',
      validUntil: 'valid until {{ date }}',
      next: 'Log in with EDS: choose the Standard log-in, press “Log in with EDS” and enter the token password.',
      login: 'Log in with EDS',
    },
    ended: {
      heading: 'Registration stopped',
      EXPIRED:
        'This registration expired before it was completed. Enter your user ID and PIN again to start a new one.',
      CANCELLED: 'This registration was cancelled. Enter your user ID and PIN again to start a new one.',
      restart: 'Start again',
    },
    cancel: {
      ask: 'Cancel the registration',
      question: 'Cancel the registration? Certificates already issued for it will be revoked.',
      confirm: 'Yes, cancel it',
      keep: 'No, continue',
    },
    errors: {
      credentials:
        'The user ID or the PIN is not right. Check both against the acceptance act and the OTP card and try again. After 5 wrong PINs the card is blocked.',
      cardBlocked:
        'Your OTP card is blocked after 5 wrong PIN entries; the bank has sent you an SMS. Contact your bank branch to unblock or replace the card.',
      tooMany: 'Too many attempts. Wait a few minutes and try again.',
      standardNotEnabled:
        'Tokens are registered for the Standard channel, which is not enabled for you. Contact your account manager at the bank.',
      userBlocked: 'Your access is blocked. Contact your account manager at the bank.',
      noOtpCard: 'You have no OTP card to register with. Contact your account manager at the bank.',
      accessInvalid:
        'The registration session has ended. Enter your user ID and PIN again: the registration continues where it stopped.',
      wrongStep:
        'The registration had already moved on (perhaps in another window). It is shown at its current step.',
      finished: 'This registration has already ended.',
      noToken: 'No token is connected. Connect your token and look again.',
      multipleTokens:
        'More than one token is connected. Leave only the token you are registering: another one may belong to another organization.',
      otherToken:
        'This is not the token the registration started with. Connect that token (its serial number is shown above) and try again.',
      requestMalformed:
        'The bank could not read the certificate requests from the token. Generate the keys again; if it happens again, contact the bank.',
      engineUnavailable:
        'The registration service is unavailable for a moment. Try again in a minute: nothing done so far is lost.',
      tokenData:
        'The bank did not accept the token’s details as the signing program reported them. Reconnect the token and try again.',
      refused:
        'The bank did not accept this step (code {{ code }}). Try again; if it happens again, contact the bank and name this code.',
      tokenGone: 'The token was disconnected. Connect it and try again.',
      keyMismatch:
        'The certificates do not match the keys on this token. Connect the token you generated the keys on.',
      tokenMissing:
        'The token this registration started with (serial number {{ serialNumber }}) is not connected. Connect it and try again.',
      reissueInProgress:
        'A reissue of your token is in progress: the registration continues in it, once the token is formatted.',
      noRegistrationId: 'You have no registration user ID yet. Contact your account manager at the bank.',
    },
  },
  wizard: {
    stepOf: 'Step {{ number }} of {{ count }}',
  },
  tokens: {
    seen: 'Tokens the signing program sees',
    details: '{{ model }}, serial number {{ serialNumber }}',
    empty: 'New token: no keys or certificates on it yet.',
    pinLocked: 'Password locked',
  },
  reissue: {
    title: 'Token reissue',
    heading: 'Reissue your token',
    intro:
      'If you forgot the token password, your certificates expire soon, your key may be known to someone else, or you have a new token: reissue it. The bank revokes your old certificates, the signing program formats the token, and new keys and certificates are made on it. Keep at hand the acceptance act with your user ID, your OTP card and the token.',
    duration:
      'The whole reissue may take up to 5 minutes. If it is interrupted, enter your user ID and PIN again: it continues where it stopped.',
    stepsLabel: 'Reissue steps',
    steps: {
      credentials: 'Details',
      token: 'Token',
      revoking: 'Revo\u00adcation',
      format: 'Format\u00adting',
      register: 'Regis\u00adtration',
      done: 'Done',
    },
    notices: {
      byManager: 'Your account manager has started a reissue of your token: continue it here.',
      resumed: 'Your reissue continues where you stopped.',
    },
    credentials: {
      heading: 'User ID, OTP card PIN and reason',
      intro:
        'Enter the user ID from the acceptance act and the PIN from your OTP card, and say why you reissue the token.',
      onlyLocked: 'Is the token password only locked, and do you know the administrator password?',
      tokenPage: 'Unblock it without a reissue',
    },
    reason: {
      legend: 'Reason for the reissue',
      required: 'Choose the reason for the reissue.',
      line: 'Reason: {{ reason }}',
      PIN_FORGOTTEN: 'I forgot the token password, or it is locked',
      EXPIRING: 'My certificates expire soon',
      KEY_COMPROMISE: 'The token or its password may be known to someone else',
      TOKEN_REPLACED: 'I have a new token (the old one was lost or broken)',
    },
    token: {
      heading: 'Connect the token to reissue',
      intro:
        'Connect only the token to reissue and disconnect every other: this token will be formatted, and another one may belong to another organization. The signing program must be running.',
      revokedNext:
        'Once you choose the token, the bank revokes your current certificates: they can no longer sign or log in.',
      choose: 'Reissue this token',
      choosing: 'Choosing the token…',
    },
    revoking: {
      heading: 'Revoking the old certificates',
      text: 'The bank is revoking your old certificates. This usually takes a few seconds.',
      keepOpen: 'Keep this page open and the token connected.',
    },
    format: {
      heading: 'Format the token',
      revoked: 'Your old certificates are revoked ({{ count }}):',
      nothingRevoked: 'You had no valid certificates to revoke.',
      destroys:
        'Formatting destroys every key and certificate on the token. They cannot be restored: new ones are made in the next steps.',
      onlyThisToken:
        'Keep only this token connected: formatting another organization’s token would destroy its keys too.',
      inAgent: 'The signing program opens its own window. In it:',
      adminPassword: 'enter the token’s administrator password — {{ admin }} unless you changed it;',
      newPassword: 'choose a new token password and type it twice:',
      tick: 'tick that you understand everything on the token will be destroyed.',
      remember:
        'Remember the new password: you will need it in the next steps, to sign documents and to log in.',
      submit: 'Format the token',
      confirm: 'The token is formatted: continue',
    },
    handover: {
      heading: 'Starting the new registration',
      text: 'The token is formatted. The bank is starting the registration of new certificates on it…',
      retry: 'Continue',
    },
    done: {
      text: 'Your token is reissued: the old certificates are revoked, the new ones are on the token.',
    },
    ended: {
      heading: 'Reissue stopped',
      EXPIRED:
        'This reissue expired before it was completed. Enter your user ID and PIN again to start a new one.',
      CANCELLED: 'This reissue was cancelled. Enter your user ID and PIN again to start a new one.',
      revoked:
        'Your old certificates were already revoked: to sign again, register your token or reissue it again.',
      restart: 'Start again',
    },
    cancel: {
      ask: 'Cancel the reissue',
      question: 'Cancel the reissue? Nothing has changed yet: your certificates stay valid.',
      questionRevoked:
        'Cancel the reissue? Your old certificates stay revoked: you will need to register the token again to sign.',
      confirm: 'Yes, cancel it',
      keep: 'No, continue',
    },
    errors: {
      accessInvalid:
        'The reissue session has ended. Enter your user ID and PIN again: the reissue continues where it stopped.',
      wrongStep:
        'The reissue had already moved on (perhaps in another window). It is shown at its current step.',
      finished: 'This reissue has already ended.',
      multipleTokens:
        'More than one token is connected. Leave only the token you are reissuing: formatting would destroy the keys of any other one, which may belong to another organization.',
      otherToken:
        'This is not the token the reissue started with. Connect that token (its serial number is shown above) and try again.',
      tokenMissing:
        'The token this reissue started with (serial number {{ serialNumber }}) is not connected. Connect it, alone, and try again.',
      notConfirmed:
        'The token was not formatted: tick in the signing program’s window that everything on it will be destroyed.',
      adminLocked:
        'The token’s administrator password is locked after wrong entries, so the token cannot be formatted. Contact your bank branch to replace the token.',
      registrationNotReady:
        'The token is formatted, but the bank has not started its registration yet. Press “Continue” in a moment.',
    },
  },
  tokenPin: {
    title: 'Token password',
    heading: 'Token password',
    intro:
      'Change your token password, or unblock it with the administrator password when it is locked after wrong entries. The signing program asks for every password in its own window: the bank never sees them.',
    tokens: {
      heading: 'Connected tokens',
      none: 'The signing program sees no token. Connect your token and press “Look again”.',
      lockedHint: 'The password is locked: unblock it to use the token again.',
    },
    rules: 'The new password must follow the rules:',
    openAgent: 'Open the signing program',
    back: 'Back',
    backToTokens: 'Back to the tokens',
    backToProfile: 'Back to the profile',
    forgotten: 'Forgot the administrator password too, or lost the token?',
    reissueLink: 'Reissue the token',
    change: {
      action: 'Change token password',
      heading: 'Change the token password',
      intro:
        'The signing program opens its window: enter the current token password, then the new one twice. The keys and certificates on the token stay as they are.',
      warning:
        'After several wrong entries of the current password the token locks it; then unblock it here with the administrator password.',
      doneHeading: 'Password changed',
      doneText: 'The token password is changed. Use the new one to sign documents and to log in.',
    },
    unblock: {
      action: 'Unblock token password',
      heading: 'Unblock the token password',
      intro:
        'Use this when the token password is locked after wrong entries, or forgotten. The signing program opens its window: enter the administrator password, then a new token password twice. The keys and certificates on the token stay as they are.',
      admin: 'The administrator password is {{ admin }} unless you changed it.',
      warning:
        'The administrator password locks too after several wrong entries; then the token can only be replaced at the bank.',
      doneHeading: 'Password unblocked',
      doneText:
        'The token password is unblocked and replaced. Use the new one to sign documents and to log in.',
    },
    errors: {
      cancelled: 'Nothing was changed: the signing program’s window was closed with “Cancel”.',
      timeout: 'Nothing was changed: no password was entered in time. Try again.',
      policy:
        'The new password breaks the rules: at least 8 Latin letters and digits, no runs such as 123 or abc.',
      userLocked:
        'The token password is locked after wrong entries, so it cannot be changed. Unblock it with the administrator password.',
      adminLocked:
        'The token’s administrator password is locked after wrong entries: the token cannot be unblocked. Contact your bank branch to replace the token.',
      tokenGone: 'The token was disconnected. Connect it and try again.',
      tokenMissing:
        'The token (serial number {{ serialNumber }}) is not connected. Connect it and try again.',
    },
  },
  profile: {
    title: 'Profile',
    right: 'Signature right',
    channel: 'Channel',
    token: 'Token',
    tokenLink: 'Token password',
  },
};

export type Translation = DeepStringRecord<typeof en>;
