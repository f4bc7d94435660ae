/* Generated from the API's OpenAPI document by openapi-typescript: do not edit.
 * `npm run api:types` writes it again; `npm test` fails while it differs from the API. */

export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/client-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Settings for the web app: where the local signing agent listens */
    get: operations['ClientConfigController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/self-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a workflow through a worker to PostgreSQL and back, and report it */
    post: operations['OpsController_runSelfCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login/standard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Standard channel: login and password issued by the manager */
    post: operations['AuthController_loginStandard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login/eds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Standard channel: the agent signs the nonce of POST /api/auth/eds/challenge */
    post: operations['AuthController_loginByEds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login/phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Light or Mobile: mobile number, the organization's BIN/IIN and password */
    post: operations['AuthController_loginByPhone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/staff/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bank staff (managers, operators) */
    post: operations['AuthController_loginStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who this session belongs to, its channel, and when it ends */
    get: operations['AuthController_session'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password (required at first log-in); ends every other session */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/users/{id}/standard-credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue (or reissue) the Standard login and a one-time password for the PIN envelope; answered once */
    post: operations['CredentialsManagerController_issueStandard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/users/{id}/temporary-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a temporary Light/Mobile password to the user’s phone by SMS */
    post: operations['CredentialsManagerController_sendTemporaryPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a business client */
    post: operations['ManagerController_createOrganization'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ManagerController_getOrganization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/organizations/{id}/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register one of the organization's accounts at this bank */
    post: operations['ManagerController_createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/organizations/{id}/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a client user with a signature right and channels */
    post: operations['ManagerController_createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's right or channels, block or unblock */
    patch: operations['ManagerController_updateUser'];
    trace?: never;
  };
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organization's accounts with their balances from the bank's core */
    get: operations['AccountsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{iban}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest entries of one of the organization's accounts, newest first */
    get: operations['AccountsController_statement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reference/knp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReferenceController_listKnp'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reference/banks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReferenceController_listBanks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your certificates, newest first */
    get: operations['CertificatesController_list'];
    put?: never;
    /** Issue a signing or authentication certificate for a key on your token (Standard channel) */
    post: operations['CertificatesController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/users/{id}/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user's certificates in the registry, newest first */
    get: operations['ManagerCertificatesController_list'];
    put?: never;
    /** Register to a user a certificate of a trusted external CA (a national certificate on the token) */
    post: operations['ManagerCertificatesController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/certificates/{id}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a certificate: no signature or log-in with it is accepted from now on */
    post: operations['ManagerCertificatesController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pki/root': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The CA's root certificate and its details */
    get: operations['PkiController_root'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pki/root.cer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The CA's root certificate, DER */
    get: operations['PkiController_rootDer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pki/crl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current CRL: number, thisUpdate, nextUpdate, and the DER in base64 */
    get: operations['PkiController_crl'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pki/crl.crl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current CRL, DER: the distribution point named in issued certificates */
    get: operations['PkiController_crlDer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/eds/challenge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-time nonce to sign with the authentication certificate */
    post: operations['EdsLoginController_challenge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organization's documents, newest first */
    get: operations['DocumentsController_list'];
    put?: never;
    /** Create a tenge payment order (a draft) */
    post: operations['DocumentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_get'];
    /** Edit: discards the signatures and restarts approval */
    put: operations['DocumentsController_edit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/submission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft for signature */
    post: operations['DocumentsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The exact content to sign, and its hash */
    get: operations['DocumentsController_content'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign (Standard, EDS) or approve (Light/Mobile, OTP) */
    post: operations['DocumentsController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/signatures/{index}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What proves a signature: the CMS and its verification report (EDS) */
    get: operations['DocumentsController_signatureEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DocumentsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DocumentsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: a `process` event `{ processId, processType, organizationId, status, seq }` each time one of the organization's processes changes */
    get: operations['ProcessesController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/otp-challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for one OTP code approving several documents: bound to their total and payees */
    post: operations['OtpApprovalsController_batchChallenge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/otp-approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve every document of a challenge with its code; one result per document */
    post: operations['OtpApprovalsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/otp-challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for an OTP code approving this document: bound to its content hash, amount and payee */
    post: operations['OtpApprovalsController_challenge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BankSimulatorController_listAccounts'];
    put?: never;
    /** Open an account at the simulated bank, with an opening balance */
    post: operations['BankSimulatorController_openAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts/{iban}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BankSimulatorController_getAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts/{iban}/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the balance; the difference is booked as an adjustment */
    put: operations['BankSimulatorController_setBalance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts/{iban}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Credit (positive) or debit (negative) the account by an adjustment */
    post: operations['BankSimulatorController_adjustBalance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts/{iban}/block': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BankSimulatorController_block'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts/{iban}/unblock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BankSimulatorController_unblock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/accounts/{iban}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ledger entries of the account, newest first */
    get: operations['BankSimulatorController_statement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/rejection-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BankSimulatorController_listRejectionRules'];
    put?: never;
    /** Tell the bank to reject payments from and/or to an account */
    post: operations['BankSimulatorController_addRejectionRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/rejection-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['BankSimulatorController_removeRejectionRule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments the bank received, newest first */
    get: operations['BankSimulatorController_listPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bank-simulator/payments/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BankSimulatorController_getPayment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/otp-devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a token or card; the answer carries its secret or cells, this once only */
    post: operations['OtpManagerController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/otp-devices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OtpManagerController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/users/{id}/otp-devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user's devices, newest first (replaced ones included) */
    get: operations['OtpManagerController_listForUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/otp-devices/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OtpManagerController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/otp-devices/{id}/block': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OtpManagerController_block'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/otp-devices/{id}/unblock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unblock (after 5 wrong codes or a manager block); the count starts again */
    post: operations['OtpManagerController_unblock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/manager/otp-devices/{id}/replacement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the device and issue a new one to the same user (answered once) */
    post: operations['OtpManagerController_replace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthReport: {
      /**
       * @description `up` only when every component is up
       * @enum {string}
       */
      status: 'up' | 'degraded';
      checkedAt: string;
      components: Record<string, never>;
    };
    SelfCheckResultDto: {
      /** @example self-check-3f0c… */
      workflowId: string;
      checkId: string;
      /** @example 4242@worker-1 */
      workerIdentity: string;
      /** @description Database time at which the worker recorded the check */
      recordedAt: string;
    };
    StandardLoginDto: {
      /** @example qb123456_abcdefgh */
      login: string;
      password: string;
    };
    EdsLoginDto: {
      /** @description The nonce from POST /api/auth/eds/challenge, as it was given */
      nonce: string;
      /** @description The detached CMS over the nonce bytes, base64 */
      cms: string;
    };
    PhoneLoginDto: {
      /** @example +77010000011 */
      phone: string;
      /**
       * @description The client's BIN (or an entrepreneur's IIN)
       * @example 940140000385
       */
      binIin: string;
      password: string;
      /**
       * @description The channel this session is opened in, for good
       * @enum {string}
       */
      channel: 'LIGHT' | 'MOBILE';
    };
    StaffLoginDto: {
      /** @example demo.manager */
      login: string;
      password: string;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description 6 to 10 characters, at least one letter and one digit */
      newPassword: string;
    };
    CreateOrganizationDto: {
      /** @example ТОО "Алатау Сауда" */
      name: string;
      /** @enum {string} */
      legalForm: 'LEGAL_ENTITY' | 'INDIVIDUAL_ENTREPRENEUR';
      /**
       * @description BIN of a legal entity, IIN of an individual entrepreneur
       * @example 940140000385
       */
      binIin: string;
      /**
       * @description Sender code (КОд) for its payments
       * @default 17
       * @example 17
       */
      kod: string;
      /**
       * @description May users without a signing right prepare documents?
       * @default false
       */
      noneMayPrepare: boolean;
      /** @description Hours a document stays open for signatures (default: until the end of its value date) */
      approvalWindowHours?: number;
    };
    CreateAccountDto: {
      /** @example KZ86998KZT5004100100 */
      iban: string;
      /** @enum {string} */
      currency: 'KZT' | 'USD' | 'EUR' | 'RUB' | 'CNY';
      /** @example Current account */
      title: string;
    };
    CreateClientUserDto: {
      /** @example Айнур Сейткали */
      fullName: string;
      /** @example 871008401427 */
      iin: string;
      /** @enum {string} */
      signatureRight: 'SINGLE' | 'FIRST' | 'SECOND' | 'NONE';
      channels: ('STANDARD' | 'LIGHT' | 'MOBILE')[];
      /**
       * @description Kazakh mobile number, the Light/Mobile log-in
       * @example +77011234567
       */
      phone?: string;
    };
    UpdateClientUserDto: {
      /** @enum {string} */
      signatureRight?: 'SINGLE' | 'FIRST' | 'SECOND' | 'NONE';
      channels?: ('STANDARD' | 'LIGHT' | 'MOBILE')[];
      /** @enum {string} */
      status?: 'ACTIVE' | 'BLOCKED';
    };
    StatementEntryView: {
      /** @description The bank's id of the entry */
      id: string;
      /** @example 2026-11-21T09:30:00.000Z */
      bookedAt: string;
      /**
       * @description Signed integer tiyn: negative debits
       * @example -125050
       */
      amountTiyn: number;
      /**
       * @description Signed exact decimal
       * @example -1250.50
       */
      amount: string;
      /** @description The balance right after this entry, integer tiyn */
      balanceAfterTiyn?: number;
      /**
       * @description The balance right after, exact decimal
       * @example 98748749.50
       */
      balanceAfter?: string;
      counterpartyName?: string;
      counterpartyIban?: string;
      purpose?: string;
      /** @description The payment document that moved the money, if it came from here */
      documentId?: string;
    };
    AccountStatementView: {
      /** @example KZ86998KZT5004100100 */
      iban: string;
      /** @example KZT */
      currency: string;
      /** @description Newest first */
      entries: components['schemas']['StatementEntryView'][];
    };
    CertificateRequestDto: {
      /** @enum {string} */
      purpose: 'SIGNING' | 'AUTHENTICATION';
      /** @description PKCS#10 request signed by the token key (the agent's createCertificateRequest): base64 DER or PEM */
      certificationRequest: string;
      /** @description Days of validity, at most CA_CERTIFICATE_VALIDITY_DAYS (the default) */
      validityDays?: number;
    };
    RegisterCertificateDto: {
      /** @description A certificate of another CA (the National Certification Authority's): base64 DER or PEM */
      certificate: string;
    };
    RevokeCertificateDto: {
      /**
       * @default UNSPECIFIED
       * @enum {string}
       */
      reason:
        'UNSPECIFIED' | 'KEY_COMPROMISE' | 'AFFILIATION_CHANGED' | 'SUPERSEDED' | 'CESSATION_OF_OPERATION';
    };
    BeneficiaryDto: {
      /** @example ТОО "Алатау Сауда" */
      name: string;
      /** @example 940140000385 */
      binIin: string;
      /** @example KZ476010131000179714 */
      iban: string;
      /** @example HSBKKZKX */
      bic: string;
      /**
       * @description Beneficiary code (КБе)
       * @example 17
       */
      kbe: string;
    };
    TengePaymentDto: {
      /** @example 42 */
      number: string;
      /** @example 2026-11-21 */
      date: string;
      /**
       * @description Value date (дата валютирования)
       * @example 2026-11-21
       */
      valueDate: string;
      /** @example KZ86998KZT5004100100 */
      payerIban: string;
      /**
       * @description Sender code (КОд); the organization's by default
       * @example 17
       */
      kod?: string;
      /**
       * @description Amount in tenge as a decimal string, at most 2 decimals
       * @example 1250.50
       */
      amount: string;
      /** @enum {string} */
      currency: 'KZT';
      beneficiary: components['schemas']['BeneficiaryDto'];
      /**
       * @description Payment purpose code (КНП)
       * @example 710
       */
      knp: string;
      /** @example Оплата по договору № 15 */
      purpose: string;
      /**
       * @description Budget classification code (КБК), budget payments only
       * @example 101201
       */
      kbk?: string;
    };
    SignDocumentDto: {
      /** @description SHA-256 of the canonical content that was signed (GET …/content) */
      contentHash: string;
      /** @description Standard channel: { kind: "CMS", cms: <base64 detached CMS over contentBase64 of GET …/content> }; { kind: "DEV" } in development and tests */
      evidence: Record<string, never>;
    };
    RejectDocumentDto: {
      /** @example The amount does not match the invoice */
      reason: string;
    };
    BatchChallengeDto: {
      /** @description 2 to 50 documents awaiting approval */
      documentIds: string[];
    };
    OtpApprovalDto: {
      challengeId: string;
      /** @example 123456 */
      code: string;
    };
    OpenAccountDto: {
      /**
       * @description Must carry the simulated bank’s code
       * @example KZ40998A000000000001
       */
      iban: string;
      /**
       * @default KZT
       * @example KZT
       */
      currency: string;
      /** @example ТОО «Алатау Логистик» */
      holderName: string;
      /** @example 940140000385 */
      holderBinIin: string;
      /**
       * @description Integer tiyn
       * @default 0
       * @example 10000000
       */
      openingBalanceTiyn: number;
    };
    SimAccountView: {
      iban: string;
      /** @example KZT */
      currency: string;
      holderName: string;
      holderBinIin: string;
      /** @description Integer tiyn */
      balanceTiyn: number;
      blocked: boolean;
      openedAt: string;
    };
    SetBalanceDto: {
      /**
       * @description The new balance, integer tiyn
       * @example 50000000
       */
      balanceTiyn: number;
      /** @example test set-up */
      description?: string;
    };
    AdjustBalanceDto: {
      /**
       * @description Signed integer tiyn: positive credits, negative debits
       * @example -150000
       */
      amountTiyn: number;
      /** @example cash deposit */
      description?: string;
    };
    LedgerEntryView: {
      id: string;
      /** @enum {string} */
      kind: 'OPENING' | 'ADJUSTMENT' | 'DEBIT' | 'CREDIT';
      /** @description Signed integer tiyn: negative debits */
      amountTiyn: number;
      balanceAfterTiyn: number;
      documentId: string | null;
      counterpartyIban: string | null;
      counterpartyName: string | null;
      description: string;
      bookedAt: string;
    };
    StatementView: {
      iban: string;
      currency: string;
      balanceTiyn: number;
      /** @description Newest first */
      entries: components['schemas']['LedgerEntryView'][];
    };
    AddRejectionRuleDto: {
      /** @description Reject payments from this account */
      payerIban?: string;
      /** @description Reject payments to this account (of any bank) */
      beneficiaryIban?: string;
      /**
       * @default REJECTED_BY_RULE
       * @enum {string}
       */
      reason: 'INSUFFICIENT_FUNDS' | 'INVALID_BENEFICIARY' | 'ACCOUNT_BLOCKED' | 'REJECTED_BY_RULE';
      /** @example sanctions screening hit */
      note?: string;
      /**
       * @description Removed by the first payment it rejects
       * @default false
       */
      oneShot: boolean;
    };
    RejectionRuleView: {
      /** Format: uuid */
      id: string;
      payerIban: string | null;
      beneficiaryIban: string | null;
      /** @enum {string} */
      reason: 'INSUFFICIENT_FUNDS' | 'INVALID_BENEFICIARY' | 'ACCOUNT_BLOCKED' | 'REJECTED_BY_RULE';
      note: string | null;
      oneShot: boolean;
      timesApplied: number;
      createdAt: string;
    };
    SimPaymentView: {
      documentId: string;
      reference: string;
      organizationId: string;
      payerIban: string;
      beneficiaryIban: string;
      beneficiaryName: string;
      /** @description Integer tiyn */
      amountTiyn: number;
      currency: string;
      intraBank: boolean;
      /** @enum {string} */
      status: 'ACCEPTED' | 'EXECUTED' | 'REJECTED';
      /** @enum {string|null} */
      reason: 'INSUFFICIENT_FUNDS' | 'INVALID_BENEFICIARY' | 'ACCOUNT_BLOCKED' | 'REJECTED_BY_RULE' | null;
      reasonDetail: string | null;
      /**
       * @description What the receipt said (repeats answer it again)
       * @enum {string}
       */
      receiptStatus: 'ACCEPTED' | 'EXECUTED' | 'REJECTED';
      receivedAt: string;
      executeAfter: string | null;
      executedAt: string | null;
      rejectedAt: string | null;
      /** @description When the later status reached the platform */
      reportedAt: string | null;
      reportAttempts: number;
      reportError: string | null;
      /** @description The order as received */
      order: Record<string, never>;
    };
    IssueOtpDeviceDto: {
      /** @enum {string} */
      kind: 'TOKEN' | 'CARD';
      /** @description Assign it at once to this client user */
      userId?: string;
    };
    AssignOtpDeviceDto: {
      userId: string;
    };
    ReplaceOtpDeviceDto: {
      /**
       * @description Default: the same kind as the device replaced
       * @enum {string}
       */
      kind?: 'TOKEN' | 'CARD';
    };
    ErrorBody: {
      /** @description Stable, per feature (DOCUMENT_WRONG_STATUS, OTP_CODE_INVALID…) */
      code: string;
      message: string;
      details?: {
        /** @description The field concerned (dotted path into the body or query) */
        field?: string;
        violations?: {
          field: string;
          code: string;
          message: string;
        }[];
      } & {
        [key: string]: unknown;
      };
    };
  };
  responses: {
    /** @description Refused: the code says why, the field (when there is one) what to fix */
    Refused: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Unexpected failure: a request id to quote, nothing about internals */
    Unexpected: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every component is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      /** @description At least one component is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  ClientConfigController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OpsController_runSelfCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SelfCheckResultDto'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_loginStandard: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StandardLoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_loginByEds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EdsLoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_loginByPhone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PhoneLoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_loginStaff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffLoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_session: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  CredentialsManagerController_issueStandard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  CredentialsManagerController_sendTemporaryPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerController_createOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerController_getOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerController_createAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccountDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerController_createUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClientUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerController_updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClientUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AccountsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  AccountsController_statement: {
    parameters: {
      query?: {
        /** @description How many of the latest entries */
        limit?: number;
      };
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountStatementView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      /** @description ORG_ACCOUNT_NOT_FOUND: not an account of this organization */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ReferenceController_listKnp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ReferenceController_listBanks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  CertificatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  CertificatesController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CertificateRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerCertificatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerCertificatesController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterCertificateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ManagerCertificatesController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeCertificateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  PkiController_root: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  PkiController_rootDer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  PkiController_crl: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  PkiController_crlDer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  EdsLoginController_challenge: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_list: {
    parameters: {
      query?: {
        status?:
          | 'DRAFT'
          | 'AWAITING_SIGNATURES'
          | 'SIGNED'
          | 'SENT_TO_BANK'
          | 'ACCEPTED'
          | 'EXECUTED'
          | 'REJECTED_BY_BANK'
          | 'REJECTED'
          | 'WITHDRAWN'
          | 'EXPIRED';
        type?: 'TENGE_PAYMENT';
        /** @description Payer account IBAN */
        account?: string;
        /** @description Created on or after (YYYY-MM-DD, Almaty) */
        from?: string;
        /** @description Created on or before (YYYY-MM-DD, Almaty) */
        to?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_create: {
    parameters: {
      query?: {
        /** @description "Save and send for signature": submit at once instead of keeping a draft */
        submit?: boolean;
      };
      header: {
        'idempotency-key': string;
        /** @description A retried request with the same key creates nothing new */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TengePaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_edit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TengePaymentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_content: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_signatureEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        index: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  DocumentsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  ProcessesController_events: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpApprovalsController_batchChallenge: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchChallengeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpApprovalsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OtpApprovalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpApprovalsController_challenge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_listAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'][];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_openAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenAccountDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_setBalance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetBalanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_adjustBalance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdjustBalanceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_block: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_unblock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimAccountView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_statement: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        iban: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_listRejectionRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RejectionRuleView'][];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_addRejectionRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddRejectionRuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RejectionRuleView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_removeRejectionRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_listPayments: {
    parameters: {
      query?: {
        status?: 'ACCEPTED' | 'EXECUTED' | 'REJECTED';
        /** @description Payments from or to this account */
        iban?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimPaymentView'][];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  BankSimulatorController_getPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimPaymentView'];
        };
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueOtpDeviceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_listForUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignOtpDeviceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_block: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_unblock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
  OtpManagerController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceOtpDeviceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Refused'];
      401: components['responses']['Refused'];
      403: components['responses']['Refused'];
      404: components['responses']['Refused'];
      409: components['responses']['Refused'];
      422: components['responses']['Refused'];
      429: components['responses']['Refused'];
      503: components['responses']['Refused'];
      default: components['responses']['Unexpected'];
    };
  };
}
