/* Generated from the schemas of the API's OpenAPI document by openapi-typescript: do not edit.
 * `npm run api:types` writes it again; `npm test` fails while it differs from the API. */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ComponentHealth: {
      /** @enum {string} */
      status: 'up' | 'down' | 'unknown';
      /** @description Round-trip time of the probe */
      latencyMs?: number;
      /** @description Why the component is not up: unreachable, timeout, no live worker… */
      reason?: string;
    };
    WorkerHealth: {
      /** @enum {string} */
      status: 'up' | 'down' | 'unknown';
      /** @description Round-trip time of the probe */
      latencyMs?: number;
      /** @description Why the component is not up: unreachable, timeout, no live worker… */
      reason?: string;
      /** @description Worker processes that reported in within the staleness window */
      liveWorkers?: number;
    };
    HealthComponents: {
      postgres: components['schemas']['ComponentHealth'];
      temporal: components['schemas']['ComponentHealth'];
      worker: components['schemas']['WorkerHealth'];
    };
    HealthReport: {
      /**
       * @description `up` only when every component is up
       * @enum {string}
       */
      status: 'up' | 'degraded';
      checkedAt: string;
      components: components['schemas']['HealthComponents'];
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
    OpsOrganizationView: {
      id: string;
      name: string;
      binIin: string;
    };
    BrokenMarkView: {
      staffId: string;
      at: string;
      reason: string;
    };
    OpsProcessView: {
      id: string;
      workflowId: string;
      /** @enum {string} */
      type:
        | 'payment'
        | 'application'
        | 'token-registration'
        | 'token-reissue'
        | 'change-request'
        | 'tariff-run'
        | 'self-check';
      kind: string | null;
      organization: components['schemas']['OpsOrganizationView'] | null;
      status: string;
      /** @description Names the process without a language: a number and a payee, say */
      title: string;
      /** @enum {string} */
      awaiting: 'PERSON' | 'SYSTEM' | 'NOBODY';
      /** @description Who exactly is awaited, in the process’s own terms */
      awaitingDetail?: Record<string, never>;
      /** @description Marked broken by an operator: it may be terminated */
      broken?: components['schemas']['BrokenMarkView'];
      createdAt: string;
      /** @description The last transition */
      updatedAt: string;
    };
    OpsProcessPage: {
      items: components['schemas']['OpsProcessView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    OpsProcessCount: {
      /** @enum {string} */
      type:
        | 'payment'
        | 'application'
        | 'token-registration'
        | 'token-reissue'
        | 'change-request'
        | 'tariff-run'
        | 'self-check';
      status: string;
      /** @enum {string} */
      awaiting: 'PERSON' | 'SYSTEM' | 'NOBODY';
      count: number;
    };
    StepThresholdView: {
      /** @enum {string} */
      type:
        | 'payment'
        | 'application'
        | 'token-registration'
        | 'token-reissue'
        | 'change-request'
        | 'tariff-run'
        | 'self-check';
      status: string;
      seconds: number;
    };
    PendingActivityView: {
      activityId: string;
      activityType: string;
      /** @description SCHEDULED, STARTED, CANCEL_REQUESTED, PAUSED… */
      state: string;
      attempt: number;
      /** @description 0: no limit */
      maximumAttempts: number;
      lastFailure?: string;
      lastAttemptAt?: string;
      nextAttemptAt?: string;
    };
    StuckProcessView: {
      id: string;
      workflowId: string;
      /** @enum {string} */
      type:
        | 'payment'
        | 'application'
        | 'token-registration'
        | 'token-reissue'
        | 'change-request'
        | 'tariff-run'
        | 'self-check';
      kind: string | null;
      organization: components['schemas']['OpsOrganizationView'] | null;
      status: string;
      /** @description Names the process without a language: a number and a payee, say */
      title: string;
      /** @enum {string} */
      awaiting: 'PERSON' | 'SYSTEM' | 'NOBODY';
      /** @description Who exactly is awaited, in the process’s own terms */
      awaitingDetail?: Record<string, never>;
      /** @description Marked broken by an operator: it may be terminated */
      broken?: components['schemas']['BrokenMarkView'];
      createdAt: string;
      /** @description The last transition */
      updatedAt: string;
      /** @description Seconds since its last transition */
      waitingSeconds: number;
      activities: components['schemas']['PendingActivityView'][];
    };
    StuckProcessesView: {
      /** @description The threshold of every step without one of its own */
      stuckAfterSeconds: number;
      /** @description Steps with a threshold of their own (OPS_STUCK_THRESHOLDS) */
      stepThresholds: components['schemas']['StepThresholdView'][];
      abandonedAfterHours: number;
      onSystem: components['schemas']['StuckProcessView'][];
      onPerson: components['schemas']['StuckProcessView'][];
    };
    OpsTimelineEntryView: {
      at: string;
      /** @enum {string} */
      source: 'PROCESS' | 'OPERATOR';
      /** @description The process's event, or the operator's action */
      event: string;
      status?: string;
      actor?: Record<string, never>;
      details?: Record<string, never>;
    };
    HistoryEntryView: {
      eventId: number;
      at: string;
      /** @description STARTED, ACTIVITY_SCHEDULED, ACTIVITY_COMPLETED, ACTIVITY_FAILED, ACTIVITY_TIMED_OUT, LOCAL_ACTIVITY, TIMER_STARTED, TIMER_FIRED, UPDATE_ACCEPTED, UPDATE_COMPLETED, SIGNALED, CANCEL_REQUESTED, COMPLETED, FAILED, CANCELED, TERMINATED, CONTINUED_AS_NEW, TIMED_OUT */
      kind: string;
      /** @description The activity, update or signal concerned */
      name?: string;
      attempt?: number;
      failure?: string;
    };
    TemporalExecutionView: {
      /** @description RUNNING, COMPLETED, FAILED, CANCELLED, TERMINATED, CONTINUED_AS_NEW, TIMED_OUT */
      status: string;
      runId: string;
      historyLength: number;
      activities: components['schemas']['PendingActivityView'][];
      history: components['schemas']['HistoryEntryView'][];
      uiUrl: string;
    };
    OpsProcessDetailView: {
      id: string;
      workflowId: string;
      /** @enum {string} */
      type:
        | 'payment'
        | 'application'
        | 'token-registration'
        | 'token-reissue'
        | 'change-request'
        | 'tariff-run'
        | 'self-check';
      kind: string | null;
      organization: components['schemas']['OpsOrganizationView'] | null;
      status: string;
      /** @description Names the process without a language: a number and a payee, say */
      title: string;
      /** @enum {string} */
      awaiting: 'PERSON' | 'SYSTEM' | 'NOBODY';
      /** @description Who exactly is awaited, in the process’s own terms */
      awaitingDetail?: Record<string, never>;
      /** @description Marked broken by an operator: it may be terminated */
      broken?: components['schemas']['BrokenMarkView'];
      createdAt: string;
      /** @description The last transition */
      updatedAt: string;
      timeline: components['schemas']['OpsTimelineEntryView'][];
      /** @description Absent when Temporal no longer holds it (past retention) */
      temporal?: components['schemas']['TemporalExecutionView'];
    };
    ReasonDto: {
      /** @example The bank is back after maintenance */
      reason: string;
    };
    OpsAuditEntryView: {
      id: string;
      at: string;
      /** @enum {string} */
      actorKind: 'CLIENT' | 'STAFF' | 'ANONYMOUS' | 'SYSTEM';
      actorId: string | null;
      /** @description The staff member’s or client user’s name */
      actorName: string | null;
      organizationId: string | null;
      action: string;
      outcome: string;
      subjectKind: string | null;
      subjectId: string | null;
      ip: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    OpsAuditPage: {
      items: components['schemas']['OpsAuditEntryView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    LastSelfCheckView: {
      ok: boolean;
      at: string;
      workerIdentity: string;
    };
    PollerView: {
      /** @description The worker polling (pid@host-suffix) */
      identity: string;
      lastAccessAt?: string;
    };
    TaskQueueView: {
      name: string;
      /** @enum {string} */
      kind: 'WORKFLOW' | 'ACTIVITY';
      pollers: components['schemas']['PollerView'][];
      /** @description Tasks waiting for a worker (a hint) */
      backlog: number | null;
    };
    OpsPlatformView: {
      health: components['schemas']['HealthReport'];
      selfCheck: components['schemas']['LastSelfCheckView'] | null;
      /** @description Empty when Temporal cannot be reached */
      taskQueues: components['schemas']['TaskQueueView'][];
      temporalUiUrl: string;
    };
    OrganizationFields: {
      /** @example ТОО "Алатау Сауда" */
      name: string;
      /** @enum {string} */
      legalForm: 'LEGAL_ENTITY' | 'INDIVIDUAL_ENTREPRENEUR';
      /**
       * @description BIN of a legal entity, IIN of an entrepreneur
       * @example 940140000385
       */
      binIin: string;
      /** @example Алматы, Абай даңғылы, 10 */
      address: string;
      /** @description May users without a signing right prepare documents for others? */
      noneMayPrepare: boolean;
    };
    AccountFields: {
      /** @example KZ86998KZT5004100100 */
      iban: string;
      /** @enum {string} */
      currency: 'KZT' | 'USD' | 'EUR' | 'RUB' | 'CNY';
      /** @example Current account */
      title: string;
    };
    UserFields: {
      /** @example Айнур Сейткали */
      fullName: string;
      /** @example 871008401427 */
      iin: string;
      /**
       * @description The Light/Mobile log-in
       * @example +77011234567
       */
      phone?: string;
      /** @example ainur@example.kz */
      email?: string;
      /** @enum {string} */
      signatureRight: 'SINGLE' | 'FIRST' | 'SECOND' | 'NONE';
      channels: ('STANDARD' | 'LIGHT' | 'MOBILE')[];
      /**
       * @description The OTP device issued with the user
       * @enum {string}
       */
      otpDevice: 'CARD' | 'TOKEN' | 'NONE';
    };
    OnboardClientChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ONBOARD_CLIENT';
      organization: components['schemas']['OrganizationFields'];
      accounts: components['schemas']['AccountFields'][];
      users: components['schemas']['UserFields'][];
    };
    AddAccountChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ADD_ACCOUNT';
      organizationId: string;
      account: components['schemas']['AccountFields'];
    };
    CloseAccountChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CLOSE_ACCOUNT';
      accountId: string;
    };
    AddUserChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ADD_USER';
      organizationId: string;
      user: components['schemas']['UserFields'];
    };
    ChangeUserAccessChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CHANGE_USER_ACCESS';
      userId: string;
      /** @enum {string} */
      signatureRight?: 'SINGLE' | 'FIRST' | 'SECOND' | 'NONE';
      channels?: ('STANDARD' | 'LIGHT' | 'MOBILE')[];
    };
    UserChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BLOCK_USER' | 'UNBLOCK_USER' | 'SEND_TEMPORARY_PASSWORD';
      userId: string;
    };
    OtpDeviceChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BLOCK_OTP_DEVICE' | 'UNBLOCK_OTP_DEVICE';
      deviceId: string;
    };
    ReplaceOtpDeviceChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'REPLACE_OTP_DEVICE';
      deviceId: string;
      /** @enum {string} */
      kind: 'CARD' | 'TOKEN';
    };
    RevokeCertificateChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'REVOKE_CERTIFICATE';
      certificateId: string;
      /** @enum {string} */
      reason:
        'UNSPECIFIED' | 'KEY_COMPROMISE' | 'AFFILIATION_CHANGED' | 'SUPERSEDED' | 'CESSATION_OF_OPERATION';
    };
    IssueOtpDeviceChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ISSUE_OTP_DEVICE';
      /** @description A user who holds no live device (else replace it) */
      userId: string;
      /** @enum {string} */
      kind: 'CARD' | 'TOKEN';
    };
    StandardCredentialsChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ISSUE_STANDARD_CREDENTIALS';
      userId: string;
    };
    IssueRegistrationCredentialsChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ISSUE_REGISTRATION_CREDENTIALS';
      userId: string;
      /** @description Validity of the certificates in days, from the client's contract (default CA_CERTIFICATE_VALIDITY_DAYS) */
      validityDays?: number;
      /** @description Issue a new OTP card with it (replacing a live device), printed with the user ID as a PIN envelope */
      newCard: boolean;
    };
    RegisterCertificateChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'REGISTER_CERTIFICATE';
      userId: string;
      /** @description A certificate of another CA (the National Certification Authority's): base64 DER or PEM */
      certificate: string;
    };
    /** @enum {string} */
    ReissueReason: 'PIN_FORGOTTEN' | 'EXPIRING' | 'KEY_COMPROMISE' | 'TOKEN_REPLACED';
    StartTokenReissueChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'START_TOKEN_REISSUE';
      userId: string;
      reason: components['schemas']['ReissueReason'];
    };
    CancelTokenRegistrationChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CANCEL_TOKEN_REGISTRATION';
      registrationId: string;
      /** @example The token was lost */
      reason: string;
    };
    ProcessActionChange: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CANCEL_PROCESS' | 'TERMINATE_PROCESS';
      processId: string;
      /** @example The client asked by phone; the bank never received it */
      reason: string;
    };
    SubmitChangeRequestDto: {
      change:
        | components['schemas']['OnboardClientChange']
        | components['schemas']['AddAccountChange']
        | components['schemas']['CloseAccountChange']
        | components['schemas']['AddUserChange']
        | components['schemas']['ChangeUserAccessChange']
        | components['schemas']['UserChange']
        | components['schemas']['OtpDeviceChange']
        | components['schemas']['ReplaceOtpDeviceChange']
        | components['schemas']['RevokeCertificateChange']
        | components['schemas']['IssueOtpDeviceChange']
        | components['schemas']['StandardCredentialsChange']
        | components['schemas']['IssueRegistrationCredentialsChange']
        | components['schemas']['RegisterCertificateChange']
        | components['schemas']['StartTokenReissueChange']
        | components['schemas']['CancelTokenRegistrationChange']
        | components['schemas']['ProcessActionChange'];
    };
    StaffActorView: {
      staffId: string;
      name: string;
    };
    ChangeDifferenceView: {
      /** @example users[0].signatureRight */
      field: string;
      before: string | null;
      after: string | null;
    };
    ChangeFailureView: {
      code: string;
      message: string;
      field: string | null;
    };
    ChangeRequestEventView: {
      seq: number;
      /** @enum {string} */
      event:
        'SUBMITTED' | 'AMENDED' | 'APPROVED' | 'APPLIED' | 'FAILED' | 'REJECTED' | 'WITHDRAWN' | 'EXPIRED';
      /** @enum {string} */
      status: 'PENDING_CHECK' | 'APPLIED' | 'FAILED' | 'REJECTED' | 'WITHDRAWN' | 'EXPIRED';
      at: string;
      actor?: components['schemas']['StaffActorView'];
      details?: {
        [key: string]: unknown;
      };
    };
    ChangeRequestView: {
      id: string;
      /** @enum {string} */
      type:
        | 'ONBOARD_CLIENT'
        | 'ADD_ACCOUNT'
        | 'CLOSE_ACCOUNT'
        | 'ADD_USER'
        | 'CHANGE_USER_ACCESS'
        | 'BLOCK_USER'
        | 'UNBLOCK_USER'
        | 'BLOCK_OTP_DEVICE'
        | 'UNBLOCK_OTP_DEVICE'
        | 'REPLACE_OTP_DEVICE'
        | 'SEND_TEMPORARY_PASSWORD'
        | 'REVOKE_CERTIFICATE'
        | 'ISSUE_OTP_DEVICE'
        | 'ISSUE_STANDARD_CREDENTIALS'
        | 'ISSUE_REGISTRATION_CREDENTIALS'
        | 'REGISTER_CERTIFICATE'
        | 'START_TOKEN_REISSUE'
        | 'CANCEL_TOKEN_REGISTRATION'
        | 'CANCEL_PROCESS'
        | 'TERMINATE_PROCESS';
      /** @enum {string} */
      status: 'PENDING_CHECK' | 'APPLIED' | 'FAILED' | 'REJECTED' | 'WITHDRAWN' | 'EXPIRED';
      organizationId: string;
      /** @description Null until an onboarding is applied */
      organizationName: string | null;
      summary: string;
      maker: components['schemas']['StaffActorView'];
      checker: components['schemas']['StaffActorView'] | null;
      exempt: boolean;
      submittedAt: string;
      expiresAt: string;
      decidedAt: string | null;
      revision: number;
      /** @description The change as submitted */
      change: {
        [key: string]: unknown;
      };
      differences: components['schemas']['ChangeDifferenceView'][];
      /** @description SHA-256 of this revision and its differences: approving needs the token of what was seen */
      reviewToken: string;
      /** @description Whether the caller may approve or reject it (pending, and not theirs) */
      mayCheck: boolean;
      rejectionReason: string | null;
      failure: components['schemas']['ChangeFailureView'] | null;
      /** @description Ids of what it made */
      outcome: {
        [key: string]: unknown;
      } | null;
      /** @description PIN envelopes its maker may still print (each once), e.g. `user-0` */
      envelopes: string[];
      timeline: components['schemas']['ChangeRequestEventView'][];
    };
    ChangeRequestSummaryView: {
      id: string;
      /** @enum {string} */
      type:
        | 'ONBOARD_CLIENT'
        | 'ADD_ACCOUNT'
        | 'CLOSE_ACCOUNT'
        | 'ADD_USER'
        | 'CHANGE_USER_ACCESS'
        | 'BLOCK_USER'
        | 'UNBLOCK_USER'
        | 'BLOCK_OTP_DEVICE'
        | 'UNBLOCK_OTP_DEVICE'
        | 'REPLACE_OTP_DEVICE'
        | 'SEND_TEMPORARY_PASSWORD'
        | 'REVOKE_CERTIFICATE'
        | 'ISSUE_OTP_DEVICE'
        | 'ISSUE_STANDARD_CREDENTIALS'
        | 'ISSUE_REGISTRATION_CREDENTIALS'
        | 'REGISTER_CERTIFICATE'
        | 'START_TOKEN_REISSUE'
        | 'CANCEL_TOKEN_REGISTRATION'
        | 'CANCEL_PROCESS'
        | 'TERMINATE_PROCESS';
      /** @enum {string} */
      status: 'PENDING_CHECK' | 'APPLIED' | 'FAILED' | 'REJECTED' | 'WITHDRAWN' | 'EXPIRED';
      organizationId: string;
      /** @description Null until an onboarding is applied */
      organizationName: string | null;
      summary: string;
      maker: components['schemas']['StaffActorView'];
      checker: components['schemas']['StaffActorView'] | null;
      exempt: boolean;
      submittedAt: string;
      expiresAt: string;
      decidedAt: string | null;
    };
    ApproveChangeRequestDto: {
      /** @description The `reviewToken` of the view the checker approves: what they saw */
      reviewToken: string;
    };
    RejectChangeRequestDto: {
      /** @example The IIN does not match the passport copy */
      reason: string;
    };
    StandardLoginDto: {
      /** @example qb123456_abcdefgh */
      login: string;
      password: string;
    };
    /**
     * @description Fixed at log-in
     * @enum {string}
     */
    Channel: 'STANDARD' | 'LIGHT' | 'MOBILE';
    /** @enum {string} */
    SignatureRight: 'SINGLE' | 'FIRST' | 'SECOND' | 'NONE';
    ClientPrincipalView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'CLIENT';
      userId: string;
      fullName: string;
      organizationId: string;
      organizationName: string;
      /** @description Fixed at log-in */
      channel: components['schemas']['Channel'];
      signatureRight: components['schemas']['SignatureRight'];
      /** @description Whether the user may prepare documents and applications: any signer, and a user without a signing right where the organization allows it */
      mayPrepare: boolean;
    };
    StaffPrincipalView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'STAFF';
      staffId: string;
      fullName: string;
      /** @enum {string} */
      role: 'MANAGER' | 'SENIOR_MANAGER' | 'OPERATOR' | 'AUDITOR';
    };
    SessionView: {
      /** @description CLIENT (with its channel, fixed at log-in) or STAFF (with its role) */
      principal: components['schemas']['ClientPrincipalView'] | components['schemas']['StaffPrincipalView'];
      /** @description True after a log-in with a temporary or issued password */
      passwordChangeRequired: boolean;
      /** @description Only in log-in and password-change answers; also in the qoltanba_csrf cookie. Send it as X-CSRF-Token. */
      csrfToken?: string;
      /** @description The session ends after this many seconds without a request */
      idleTimeoutSeconds: number;
      /** @description The session ends at this time however active it is */
      expiresAt: string;
    };
    EdsLoginDto: {
      /** @description The nonce from POST /api/auth/eds/challenge, as it was given */
      nonce: string;
      /** @description The detached CMS over the nonce bytes, base64 (bare or in PEM armour); or give `xml` */
      cms?: string;
      /** @description Instead of `cms`: the log-in document `<login><nonce>NONCE</nonce></login>` with an enveloped XMLDSig signature over it by the authentication key (the national agent's signXml with keyType AUTHENTICATION), RSA-SHA256 */
      xml?: string;
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
    LanguageDto: {
      /** @enum {string} */
      language: 'kk' | 'ru' | 'en';
    };
    ClientSummaryView: {
      id: string;
      name: string;
      /** @enum {string} */
      legalForm: 'LEGAL_ENTITY' | 'INDIVIDUAL_ENTREPRENEUR';
      binIin: string;
      accounts: number;
      users: number;
      /** @description Whether an active user has the Standard channel (the tariff depends on it) */
      standardConnected: boolean;
      createdAt: string;
    };
    ClientSearchPage: {
      items: components['schemas']['ClientSummaryView'][];
      page: number;
      pageSize: number;
      /** @description Clients found in all */
      total: number;
    };
    ClientAccountView: {
      id: string;
      iban: string;
      currency: string;
      title: string;
      /** @enum {string} */
      status: 'OPEN' | 'CLOSED';
    };
    ClientDeviceView: {
      id: string;
      /** @enum {string} */
      kind: 'TOKEN' | 'CARD';
      serial: string;
      /** @enum {string} */
      status: 'ACTIVE' | 'BLOCKED' | 'REVOKED';
      blockedReason: string | null;
    };
    ClientCertificateView: {
      id: string;
      /** @enum {string} */
      purpose: 'SIGNING' | 'AUTHENTICATION';
      /** @description The subject as issued (CN, serialNumber=IIN…, O, OU=BIN…) */
      subject: string;
      serialNumber: string;
      /** @enum {string} */
      status: 'PENDING' | 'ACTIVE' | 'REVOKED' | 'EXPIRED';
      notBefore: string;
      notAfter: string;
    };
    /** @enum {string} */
    RegistrationStatus:
      | 'AWAITING_TOKEN'
      | 'AWAITING_PASSWORD'
      | 'AWAITING_KEYS'
      | 'ISSUING'
      | 'AWAITING_WRITE'
      | 'COMPLETED'
      | 'EXPIRED'
      | 'CANCELLED';
    RegistrationSummaryView: {
      registrationId: string;
      status: components['schemas']['RegistrationStatus'];
      open: boolean;
      tokenSerial?: string | null;
      reissueId?: string | null;
      startedAt: string;
      updatedAt: string;
    };
    /** @enum {string} */
    ReissueStatus:
      | 'AWAITING_TOKEN'
      | 'REVOKING'
      | 'AWAITING_FORMAT'
      | 'REGISTERING'
      | 'COMPLETED'
      | 'EXPIRED'
      | 'CANCELLED';
    ReissueSummaryView: {
      reissueId: string;
      status: components['schemas']['ReissueStatus'];
      open: boolean;
      reason: components['schemas']['ReissueReason'];
      /** @description CLIENT or MANAGER:<staff id> */
      startedBy: string;
      registrationId?: string | null;
      startedAt: string;
      updatedAt: string;
    };
    ClientUserView: {
      id: string;
      fullName: string;
      iin: string;
      phone: string | null;
      email: string | null;
      /** @enum {string} */
      signatureRight: 'SINGLE' | 'FIRST' | 'SECOND' | 'NONE';
      channels: ('STANDARD' | 'LIGHT' | 'MOBILE')[];
      /** @enum {string} */
      status: 'ACTIVE' | 'BLOCKED';
      /** @description Newest first, revoked ones included */
      devices: components['schemas']['ClientDeviceView'][];
      /** @description Newest first */
      certificates: components['schemas']['ClientCertificateView'][];
      /** @description Token registrations, newest first */
      registrations: components['schemas']['RegistrationSummaryView'][];
      /** @description Token reissues, newest first */
      reissues: components['schemas']['ReissueSummaryView'][];
    };
    ClientOverviewView: {
      id: string;
      name: string;
      /** @enum {string} */
      legalForm: 'LEGAL_ENTITY' | 'INDIVIDUAL_ENTREPRENEUR';
      binIin: string;
      address: string | null;
      noneMayPrepare: boolean;
      standardConnected: boolean;
      createdAt: string;
      accounts: components['schemas']['ClientAccountView'][];
      users: components['schemas']['ClientUserView'][];
    };
    AccountBalanceView: {
      /** @description Integer tiyn */
      balanceTiyn: number;
      /** @description Integer tiyn: the balance less what is held */
      availableTiyn: number;
      /** @example 1250.50 */
      balance: string;
      /** @example 1250.50 */
      available: string;
    };
    AccountView: {
      id: string;
      /** @example KZ86998KZT5004100100 */
      iban: string;
      /** @example KZT */
      currency: string;
      title: string;
      /** @description Absent when the bank core does not answer for this account */
      balance?: components['schemas']['AccountBalanceView'];
    };
    StatementEntryView: {
      /** @description The bank's id of the entry */
      id: string;
      /** @description The account's opening entry, named in the reader's language */
      opening?: boolean;
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
      counterpartyBinIin?: string;
      counterpartyBic?: string;
      counterpartyKbe?: string;
      knp?: string;
      /** @description The payment's own number */
      documentNumber?: string;
      /**
       * @description The payment's own date
       * @example 2026-11-21
       */
      documentDate?: string;
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
    StatementHolderView: {
      name: string;
      binIin: string;
    };
    PeriodStatementView: {
      /** @example KZ86998KZT5004100100 */
      iban: string;
      /** @example KZT */
      currency: string;
      holder: components['schemas']['StatementHolderView'];
      /** @example 2026-11-01 */
      from: string;
      /** @example 2026-11-30 */
      to: string;
      /** @description Integer minor units */
      openingBalanceTiyn: number;
      /** @example 1000.00 */
      openingBalance: string;
      /** @description Integer minor units */
      closingBalanceTiyn: number;
      /** @example 750.00 */
      closingBalance: string;
      /** @description Money out in the period, a positive sum */
      debitTurnover: string;
      /** @description Money in during the period */
      creditTurnover: string;
      /** @description Oldest first; only those matching the search */
      entries: components['schemas']['StatementEntryView'][];
      /** @description The period holds more entries than one statement lists */
      truncated: boolean;
    };
    /**
     * @description An application’s kind; absent for a payment order
     * @enum {string}
     */
    PlannedApplicationKind: 'CASH_WITHDRAWAL' | 'CURRENCY_PURCHASE';
    /** @enum {string} */
    PlannedPaymentStatus: 'IN_PROGRESS' | 'ACCEPTED' | 'SENT_TO_BANK' | 'SIGNED' | 'AWAITING_SIGNATURES';
    PlannedPaymentView: {
      id: string;
      /** @description An application’s kind; absent for a payment order */
      application?: components['schemas']['PlannedApplicationKind'];
      number: string;
      /** @description A payment order’s beneficiary */
      beneficiaryName?: string;
      /** @description Integer tiyn */
      amountTiyn: number;
      /** @example 1250.50 */
      amount: string;
      /** @example 2026-12-08 */
      valueDate: string;
      status: components['schemas']['PlannedPaymentStatus'];
    };
    ForecastDayView: {
      /**
       * @description An Almaty day
       * @example 2026-12-08
       */
      date: string;
      /** @description The first 50, the closest to leaving first (in progress at the bank, accepted, sent, signed, awaiting) */
      payments: components['schemas']['PlannedPaymentView'][];
      /** @description The day's payments not listed: its total counts them */
      more: number;
      /** @description Integer tiyn leaving the account that day */
      outgoingTiyn: number;
      /** @example 1250.50 */
      outgoing: string;
      /** @description Integer tiyn left after that day: negative when it runs short */
      closingTiyn: number;
      /** @example -1250.50 */
      closing: string;
    };
    AccountForecastView: {
      /** @example KZ86998KZT5004100100 */
      iban: string;
      /** @example KZT */
      currency: string;
      /**
       * @description Today in Almaty: the first day of the forecast
       * @example 2026-12-08
       */
      today: string;
      /** @description Integer tiyn available now, from the bank's core */
      availableTiyn: number;
      /** @example 1250.50 */
      available: string;
      /** @description Only days with payments, in date order */
      days: components['schemas']['ForecastDayView'][];
      /**
       * @description The first day the money runs short
       * @example 2026-12-10
       */
      shortFrom?: string;
      /** @description Drafts from this account, not counted: they may never be sent */
      drafts: number;
    };
    BankView: {
      /** @example 601 */
      bankCode: string;
      /** @example HSBKKZKX */
      bic: string;
      /** @example Halyk Bank */
      name: string;
      /** @description The bank this platform runs for */
      own: boolean;
    };
    KbkView: {
      /** @example 101201 */
      code: string;
      labelEn: string;
      labelRu: string;
      labelKk: string;
      active: boolean;
    };
    TaxOfficeView: {
      /** @example 080141113734 */
      bin: string;
      /** @example 6001 */
      code: string;
      nameRu: string;
      nameKk: string;
      active: boolean;
    };
    OwnBankView: {
      /** @example 998 */
      bankCode: string;
      /** @example QOLTKZKA */
      bic: string;
      /** @example Qoltanba Bank */
      name: string;
      /** @example 991140000077 */
      bin: string;
      /** @description The bank's account salary payments are addressed to */
      salaryTransitIban: string;
    };
    PutBankDto: {
      /** @example HSBKKZKX */
      bic: string;
      /** @example Halyk Bank */
      name: string;
    };
    PutKbkDto: {
      labelEn: string;
      labelRu: string;
      labelKk: string;
      /** @description A retired code stays for old documents but is refused on new ones */
      active: boolean;
    };
    PutTaxOfficeDto: {
      /** @example 6001 */
      code: string;
      nameRu: string;
      nameKk: string;
      active: boolean;
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
    EmployeeRowDto: {
      /** @example 871008401427 */
      iin: string;
      /** @example Ахметов Серик Болатович */
      fullName: string;
      /**
       * @description Amount in tenge as a decimal string
       * @example 25000.00
       */
      amount: string;
      /**
       * @description Contributions: the birth date
       * @example 1987-10-08
       */
      birthDate?: string;
      /**
       * @description Contributions: the month paid for, MMYYYY
       * @example 022026
       */
      period?: string;
      /**
       * @description Salary: the employee's account
       * @example KZ40998A000000000001
       */
      iban?: string;
    };
    TemplatePaymentDto: {
      /**
       * @description The kind of payment; ORDINARY when absent
       * @enum {string}
       */
      kind?:
        | 'ORDINARY'
        | 'BUDGET'
        | 'PENSION'
        | 'SOCIAL'
        | 'HEALTH_INSURANCE'
        | 'SALARY'
        | 'CARD_TOP_UP'
        | 'TEMPLATE_TRANSFER';
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
      /** @description Contribution and salary payments: the employees; the amount is their total */
      employees?: components['schemas']['EmployeeRowDto'][];
      /** @example KZ86998KZT5004100100 */
      payerIban?: string;
      /**
       * @description Amount in tenge as a decimal string, at most 2 decimals
       * @example 1250.50
       */
      amount?: string;
    };
    PaymentTemplateView: {
      id: string;
      name: string;
      payment: components['schemas']['TemplatePaymentDto'];
      createdAt: string;
    };
    CreatePaymentTemplateDto: {
      /** @example Аренда офиса */
      name: string;
      payment: components['schemas']['TemplatePaymentDto'];
    };
    BeneficiaryView: {
      name: string;
      /** @description BIN or IIN, 12 digits */
      binIin: string;
      iban: string;
      bic: string;
      /** @description КБе */
      kbe: string;
    };
    PastBeneficiaryView: {
      beneficiary: components['schemas']['BeneficiaryView'];
      /** @description The KNP of the latest payment to them */
      knp: string;
      /** @description The purpose of the latest payment to them */
      purpose: string;
      /** @description When they were last paid (the document was created) */
      lastPaidAt: string;
    };
    PaymentImportDto: {
      /** @description The 1CClientBankExchange file, base64 (Windows-1251 or UTF-8 inside) */
      file: string;
      /** @description Send the created payments for signature at once */
      submit?: boolean;
    };
    ImportViolationView: {
      /** @description The payment field, as the API names it */
      field: string;
      /** @description The file’s key it was read from */
      oneCKey?: string;
      code: string;
      message: string;
    };
    ImportedDocumentView: {
      /** @description Position in the file, from 1 */
      index: number;
      /** @description Line of its СекцияДокумент */
      line: number;
      number: string;
      date: string;
      /** @description As written in the file */
      amount: string;
      beneficiaryName: string;
      valid: boolean;
      /** @description Imported from this very file before: importing again creates nothing */
      alreadyImported: boolean;
      violations: components['schemas']['ImportViolationView'][];
    };
    ImportPreviewView: {
      /** @description SHA-256 of the file */
      fileHash: string;
      /** @enum {string} */
      encoding: 'windows-1251' | 'utf-8';
      documents: components['schemas']['ImportedDocumentView'][];
    };
    ImportResultView: {
      /** @description Payments created now */
      created: number;
      /** @description Valid payments this file had already created */
      alreadyImported: number;
      /** @description Payments left out for their errors */
      invalid: number;
      /** @description Every valid payment of the file, new or earlier */
      documentIds: string[];
    };
    OpenRegistrationDto: {
      /**
       * @description The user ID of the acceptance act
       * @example qq111111_qwertyui
       */
      registrationUserId: string;
      /**
       * @description The OTP card's PIN: 11 upper-case characters
       * @example ABCDEFGHJKL
       */
      pin: string;
    };
    RegistrationHolderView: {
      name: string;
      /** @description 12 digits */
      iin: string;
      /** @description The organization's BIN/IIN, 12 digits */
      bin: string;
      organizationName: string;
    };
    RegistrationTokenView: {
      serialNumber: string;
      label: string;
      model: string;
    };
    RegistrationCertificateView: {
      /** @enum {string} */
      purpose: 'SIGNING' | 'AUTHENTICATION';
      /** @description Hexadecimal, lower case */
      serialNumber: string;
      /** @description DER, base64: what the agent's writeCertificate takes */
      certificate: string;
      notAfter: string;
    };
    IssuanceRefusalView: {
      code: string;
      message: string;
    };
    RegistrationView: {
      registrationId: string;
      /** @description What the agent labels the key pairs with (`<tag>-sign`, `<tag>-auth`), so a repeated step finds them */
      registrationTag: string;
      status: components['schemas']['RegistrationStatus'];
      validityDays: number;
      /** @description The reissue that started this registration (its token is formatted, its password set) */
      reissueId?: string | null;
      holder: components['schemas']['RegistrationHolderView'];
      token?: components['schemas']['RegistrationTokenView'] | null;
      certificates: components['schemas']['RegistrationCertificateView'][];
      refusal?: components['schemas']['IssuanceRefusalView'] | null;
      startedAt: string;
      /** @description An unfinished registration expires then */
      expiresAt: string;
    };
    OpenedRegistrationView: {
      /** @description Send as X-Registration-Key with every later step; valid for REGISTRATION_ACCESS_MINUTES */
      accessKey: string;
      accessExpiresAt: string;
      registration: components['schemas']['RegistrationView'];
    };
    ChooseTokenDto: {
      /** @description The token's serial number as the agent reports it */
      serialNumber: string;
      /** @description The token label (empty for a new token) */
      label: string;
      /** @description The token model */
      model?: string;
      /** @description How many tokens the agent sees connected: exactly one is accepted */
      connectedTokens: number;
    };
    OnTokenDto: {
      /** @description The token's serial number as the agent reports it */
      serialNumber: string;
    };
    SubmitRequestsDto: {
      /** @description The token's serial number as the agent reports it */
      serialNumber: string;
      /** @description PKCS#10 request of the signing key, base64 DER */
      signing?: string;
      /** @description Instead of `signing`: the National Certification Authority signing certificate already on the token, base64 DER */
      nationalSigning?: string;
      /** @description PKCS#10 request of the bank's log-in (authentication) key, base64 DER */
      authentication: string;
    };
    CancelRegistrationDto: {
      /** @example The token was lost */
      reason: string;
    };
    OpenReissueDto: {
      /**
       * @description The user ID of the acceptance act
       * @example qq111111_qwertyui
       */
      registrationUserId: string;
      /**
       * @description The OTP card's PIN: 11 upper-case characters
       * @example ABCDEFGHJKL
       */
      pin: string;
      reason: components['schemas']['ReissueReason'];
    };
    ReissueView: {
      reissueId: string;
      status: components['schemas']['ReissueStatus'];
      reason: components['schemas']['ReissueReason'];
      /** @enum {string} */
      startedBy: 'CLIENT' | 'MANAGER';
      holder: components['schemas']['RegistrationHolderView'];
      token?: components['schemas']['RegistrationTokenView'] | null;
      /** @description Serial numbers of the certificates it revoked */
      revoked: string[];
      registrationId?: string | null;
      startedAt: string;
      expiresAt: string;
    };
    OpenedReissueView: {
      /** @description Send as X-Registration-Key; the same key reaches the registration that follows */
      accessKey: string;
      accessExpiresAt: string;
      reissue: components['schemas']['ReissueView'];
    };
    TengePaymentDto: {
      /**
       * @description The kind of payment; ORDINARY when absent
       * @enum {string}
       */
      kind?:
        | 'ORDINARY'
        | 'BUDGET'
        | 'PENSION'
        | 'SOCIAL'
        | 'HEALTH_INSURANCE'
        | 'SALARY'
        | 'CARD_TOP_UP'
        | 'TEMPLATE_TRANSFER';
      /**
       * @description The document number; left out or empty, the next of the organization’s year is given
       * @example 42
       */
      number?: string;
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
      /** @description Contribution and salary payments: the employees; the amount is their total */
      employees?: components['schemas']['EmployeeRowDto'][];
      /** @description A transfer by template: the template it was made from */
      templateId?: string;
    };
    AwaitingSubmissionView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'SUBMISSION';
      authorId: string;
    };
    AwaitedUserView: {
      id: string;
      name: string;
    };
    AwaitingSignatureView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'SIGNATURE';
      rights: components['schemas']['SignatureRight'][];
      excludedUserIds: string[];
      /** @description Who holds those rights (on the detail) */
      users?: components['schemas']['AwaitedUserView'][];
    };
    AwaitingDispatchEdsView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'DISPATCH_EDS';
      rights: components['schemas']['SignatureRight'][];
      /** @description Who holds those rights (on the detail) */
      users?: components['schemas']['AwaitedUserView'][];
    };
    AwaitingBankView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'BANK';
    };
    AwaitingNothingView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'NOTHING';
    };
    /** @enum {string} */
    DocumentStatus:
      | 'DRAFT'
      | 'AWAITING_SIGNATURES'
      | 'SIGNED'
      | 'SENT_TO_BANK'
      | 'ACCEPTED'
      | 'EXECUTED'
      | 'REJECTED_BY_BANK'
      | 'REJECTED'
      | 'WITHDRAWN'
      | 'EXPIRED'
      | 'CANCELLED';
    EmployeeRowView: {
      iin: string;
      fullName: string;
      /** @description Integer tiyn */
      amountTiyn: number;
      /** @description Contributions */
      birthDate?: string;
      /** @description Contributions: MMYYYY */
      period?: string;
      /** @description Salary */
      iban?: string;
    };
    PaymentOrderView: {
      /**
       * @description Absent: an ordinary payment
       * @enum {string}
       */
      kind?:
        | 'ORDINARY'
        | 'BUDGET'
        | 'PENSION'
        | 'SOCIAL'
        | 'HEALTH_INSURANCE'
        | 'SALARY'
        | 'CARD_TOP_UP'
        | 'TEMPLATE_TRANSFER';
      number: string;
      date: string;
      valueDate: string;
      payerIban: string;
      /** @description КОд */
      kod: string;
      /** @description Integer tiyn */
      amountTiyn: number;
      /** @enum {string} */
      currency: 'KZT';
      beneficiary: components['schemas']['BeneficiaryView'];
      /** @description КНП */
      knp: string;
      purpose: string;
      /** @description КБК, for budget payments */
      kbk?: string;
      employees?: components['schemas']['EmployeeRowView'][];
      templateId?: string;
    };
    SignatureView: {
      /** @enum {string} */
      slot: 'SINGLE' | 'FIRST' | 'SECOND' | 'DISPATCH';
      signerId: string;
      signerName: string;
      right: components['schemas']['SignatureRight'];
      channel: components['schemas']['Channel'];
      /** @enum {string} */
      method: 'EDS' | 'OTP';
      contentHash: string;
      revision: number;
      signedAt: string;
      evidenceId: string;
    };
    RejectionView: {
      userId: string;
      name: string;
      reason: string;
      at: string;
    };
    BankProgressView: {
      /** @description The bank's reference */
      reference?: string;
      /** @description Why the bank refused it */
      reason?: string;
    };
    DocumentView: {
      id: string;
      /** @enum {string} */
      type: 'TENGE_PAYMENT';
      status: components['schemas']['DocumentStatus'];
      /** @description Starts at 1; an edit makes a new revision and discards signatures */
      revision: number;
      /** @description SHA-256 of the canonical content: what a signature must be made over */
      contentHash: string;
      /** @example 1250.50 */
      amount: string;
      content: components['schemas']['PaymentOrderView'];
      signatures: components['schemas']['SignatureView'][];
      /** @description What the document waits for next, and from whom */
      awaiting:
        | components['schemas']['AwaitingSubmissionView']
        | components['schemas']['AwaitingSignatureView']
        | components['schemas']['AwaitingDispatchEdsView']
        | components['schemas']['AwaitingBankView']
        | components['schemas']['AwaitingNothingView'];
      deadline: string;
      authorId: string;
      rejection?: components['schemas']['RejectionView'];
      bank: components['schemas']['BankProgressView'];
      createdAt: string;
      updatedAt: string;
    };
    DocumentPage: {
      items: components['schemas']['DocumentView'][];
      page: number;
      pageSize: number;
      total: number;
    };
    AwaitingMeView: {
      /** @description Documents awaiting my signature (EDS) or approval (OTP) */
      toSign: number;
      /** @description Documents approved by OTP awaiting my EDS from the Standard channel */
      toDispatch: number;
      /** @description The first of them, oldest deadline first */
      items: components['schemas']['DocumentView'][];
    };
    EditTengePaymentDto: {
      /**
       * @description The kind of payment; ORDINARY when absent
       * @enum {string}
       */
      kind?:
        | 'ORDINARY'
        | 'BUDGET'
        | 'PENSION'
        | 'SOCIAL'
        | 'HEALTH_INSURANCE'
        | 'SALARY'
        | 'CARD_TOP_UP'
        | 'TEMPLATE_TRANSFER';
      /**
       * @description The document number; left out or empty, the next of the organization’s year is given
       * @example 42
       */
      number?: string;
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
      /** @description Contribution and salary payments: the employees; the amount is their total */
      employees?: components['schemas']['EmployeeRowDto'][];
      /** @description A transfer by template: the template it was made from */
      templateId?: string;
      /**
       * @description The revision this edit was made over (the `revision` of the document as last read)
       * @example 1
       */
      revision: number;
    };
    DocumentContentView: {
      revision: number;
      contentHash: string;
      /** @description The exact text to sign (canonical JSON), UTF-8 */
      content: string;
      /** @description The same bytes in base64, as the signing agent takes them */
      contentBase64: string;
    };
    SignDocumentDto: {
      /** @description SHA-256 of the canonical content that was signed (GET …/content) */
      contentHash: string;
      /** @description Standard channel: { kind: "CMS", cms: <base64 detached CMS over contentBase64 of GET …/content> }; { kind: "DEV" } in development and tests */
      evidence: Record<string, never>;
    };
    SignatureEvidenceView: {
      /** @enum {string} */
      slot: 'SINGLE' | 'FIRST' | 'SECOND' | 'DISPATCH';
      signerId: string;
      signerName: string;
      channel: components['schemas']['Channel'];
      /** @enum {string} */
      method: 'EDS' | 'OTP';
      contentHash: string;
      revision: number;
      signedAt: string;
      documentId: string;
      /** @description Position in the document's signatures, from 0 */
      index: number;
      /** @description The verifier that accepted it: CMS, OTP (DEV in development) */
      kind: string;
      verifiedAt: string;
      /** @description The detached CMS, base64 (kind CMS) */
      cms?: string;
      /** @description The verification report (kind CMS) */
      report?: {
        [key: string]: unknown;
      };
      /** @description Whatever else the verifier kept (an OTP challenge…) */
      payload?: {
        [key: string]: unknown;
      };
    };
    RejectDocumentDto: {
      /** @example The amount does not match the invoice */
      reason: string;
    };
    TimelineActorView: {
      userId: string;
      name: string;
      channel: components['schemas']['Channel'];
    };
    TimelineEntryView: {
      seq: number;
      event: string;
      /** @description The status after the event */
      status: components['schemas']['DocumentStatus'];
      at: string;
      actor?: components['schemas']['TimelineActorView'];
      details?: {
        [key: string]: unknown;
      };
    };
    ProcessAmountView: {
      /** @description Integer minor units */
      minor: number;
      currency: string;
    };
    ProcessSummaryView: {
      id: string;
      /** @enum {string} */
      type: 'payment' | 'application';
      /** @description TENGE_PAYMENT or the application kind */
      kind: string;
      /** @description Number and subject, without a language */
      title: string;
      status: string;
      amount?: components['schemas']['ProcessAmountView'];
      accountIban?: string;
      /** @enum {string} */
      awaiting: 'PERSON' | 'SYSTEM' | 'NOBODY';
      /** @description Whether it awaits the signed-in user */
      awaitingMe: boolean;
      createdAt: string;
      updatedAt: string;
    };
    ProcessPage: {
      items: components['schemas']['ProcessSummaryView'][];
      page: number;
      pageSize: number;
      total: number;
      /** @description How many of the organization's processes await the signed-in user */
      awaitingMe: number;
    };
    BatchChallengeDto: {
      /** @description 2 to 50 documents awaiting approval */
      documentIds: string[];
    };
    ChallengePayeeView: {
      name: string;
      iban: string;
      binIin: string;
    };
    OtpChallengeView: {
      challengeId: string;
      expiresAt: string;
      /** @description "TOKEN": the token’s current code; { card: n }: the code in cell n of the card */
      device:
        | 'TOKEN'
        | {
            card?: number;
            serial?: string;
          };
      /** @description The amount (a batch: the total), decimal, in `currency` */
      amount: string;
      /** @example KZT */
      currency: string;
      /** @description The payee of a single document */
      payee?: components['schemas']['ChallengePayeeView'];
      /** @description Documents the code approves (one, or the batch) */
      documents: string[];
      /** @description SHA-256 the challenge is bound to: documents, hashes, amounts, payees */
      digest: string;
    };
    OtpApprovalDto: {
      challengeId: string;
      /** @example 123456 */
      code: string;
    };
    ApprovalResultView: {
      documentId: string;
      approved: boolean;
      /** @description The document’s status after the approval */
      status?: string;
      /** @description Why this document was not approved */
      error?: Record<string, never>;
    };
    OtpApprovalView: {
      challengeId: string;
      approved: number;
      results: components['schemas']['ApprovalResultView'][];
    };
    /** @enum {string} */
    FormApplicationKind:
      | 'CASH_WITHDRAWAL'
      | 'CASH_LODGEMENT'
      | 'TENDER_GUARANTEE'
      | 'BANK_CERTIFICATE'
      | 'BANK_DETAILS_CHANGE'
      | 'LETTER'
      | 'FX_TRANSFER'
      | 'CURRENCY_PURCHASE'
      | 'CURRENCY_SALE'
      | 'CURRENCY_CONVERSION';
    CreateApplicationDto: {
      kind: components['schemas']['FormApplicationKind'];
      /** @description The fields of the kind (README, "Applications"): amounts as decimal text ("1250.50"), dates YYYY-MM-DD. The domain validates every rule and names the field of each violation as `content.<path>`. */
      content: {
        [key: string]: unknown;
      };
    };
    /** @enum {string} */
    ApplicationKind:
      | 'CASH_WITHDRAWAL'
      | 'CASH_LODGEMENT'
      | 'TENDER_GUARANTEE'
      | 'BANK_CERTIFICATE'
      | 'BANK_DETAILS_CHANGE'
      | 'LETTER'
      | 'FX_TRANSFER'
      | 'CURRENCY_PURCHASE'
      | 'CURRENCY_SALE'
      | 'CURRENCY_CONVERSION'
      | 'CANCELLATION';
    /** @enum {string} */
    ApplicationStatus:
      | 'DRAFT'
      | 'AWAITING_SIGNATURES'
      | 'SIGNED'
      | 'SENT_TO_BANK'
      | 'ACCEPTED'
      | 'IN_PROGRESS'
      | 'DONE'
      | 'REFUSED_BY_BANK'
      | 'REJECTED'
      | 'WITHDRAWN'
      | 'EXPIRED'
      | 'CANCELLED';
    AttachmentView: {
      id: string;
      fileName: string;
      /** @enum {string} */
      mediaType: 'application/pdf' | 'image/png' | 'image/jpeg';
      size: number;
      /** @description SHA-256 of the bytes (hex): the signature covers the file through it */
      sha256: string;
    };
    MoneyView: {
      /** @description Integer minor units of the currency (ISO 4217 exponent) */
      minor: number;
      /** @example USD */
      currency: string;
    };
    ApplicationResultView: {
      /** @description The bank’s answer file (a certificate) */
      file?: components['schemas']['AttachmentView'];
      /** @example 472.000000 */
      executedRate?: string;
      debited?: components['schemas']['MoneyView'];
      credited?: components['schemas']['MoneyView'];
      guaranteeNumber?: string;
      note?: string;
    };
    ApplicationBankView: {
      /** @description The bank's reference */
      reference?: string;
      /** @description The bank’s refusal code (translated by the web app) */
      reason?: string;
      result?: components['schemas']['ApplicationResultView'];
    };
    CancellationLinkView: {
      applicationId: string;
      /** @enum {string} */
      status: 'RESERVED' | 'SENT' | 'REFUSED';
    };
    ApplicationView: {
      id: string;
      kind: components['schemas']['ApplicationKind'];
      /** @enum {string} */
      family: 'SERVICE' | 'CURRENCY';
      /** @example 2026-000017 */
      number: string;
      status: components['schemas']['ApplicationStatus'];
      revision: number;
      /** @description SHA-256 of the canonical content: what a signature must be made over */
      contentHash: string;
      /** @description The content of its kind (`kind` inside), as the domain’s ApplicationContent */
      content: {
        [key: string]: unknown;
      };
      signatures: components['schemas']['SignatureView'][];
      /** @description What the application waits for next, and from whom */
      awaiting:
        | components['schemas']['AwaitingSubmissionView']
        | components['schemas']['AwaitingSignatureView']
        | components['schemas']['AwaitingDispatchEdsView']
        | components['schemas']['AwaitingBankView']
        | components['schemas']['AwaitingNothingView'];
      deadline: string;
      authorId: string;
      rejection?: components['schemas']['RejectionView'];
      bank: components['schemas']['ApplicationBankView'];
      /** @description The cancellation asked for this one */
      cancellation?: components['schemas']['CancellationLinkView'];
      createdAt: string;
      updatedAt: string;
    };
    ExchangeRateView: {
      /** @example USD */
      currency: string;
      /**
       * @description KZT per unit: the bank buys at this rate
       * @example 468.00
       */
      buy: string;
      /**
       * @description KZT per unit: the bank sells at this rate
       * @example 472.00
       */
      sell: string;
      updatedAt: string;
    };
    EditApplicationDto: {
      /** @description The fields of the kind (README, "Applications"): amounts as decimal text ("1250.50"), dates YYYY-MM-DD. The domain validates every rule and names the field of each violation as `content.<path>`. */
      content: {
        [key: string]: unknown;
      };
      /**
       * @description The revision this edit was made over (the `revision` of the application as last read)
       * @example 1
       */
      revision: number;
    };
    ApplicationReasonDto: {
      /** @example The tender was cancelled */
      reason: string;
    };
    AmendChangeRequestDto: {
      change:
        | components['schemas']['OnboardClientChange']
        | components['schemas']['AddAccountChange']
        | components['schemas']['CloseAccountChange']
        | components['schemas']['AddUserChange']
        | components['schemas']['ChangeUserAccessChange']
        | components['schemas']['UserChange']
        | components['schemas']['OtpDeviceChange']
        | components['schemas']['ReplaceOtpDeviceChange']
        | components['schemas']['RevokeCertificateChange']
        | components['schemas']['IssueOtpDeviceChange']
        | components['schemas']['StandardCredentialsChange']
        | components['schemas']['IssueRegistrationCredentialsChange']
        | components['schemas']['RegisterCertificateChange']
        | components['schemas']['StartTokenReissueChange']
        | components['schemas']['CancelTokenRegistrationChange']
        | components['schemas']['ProcessActionChange'];
      /**
       * @description The revision being amended (as last seen)
       * @example 1
       */
      revision: number;
    };
    HandoverView: {
      /** @example user-0 */
      name: string;
      contents: {
        [key: string]: unknown;
      };
    };
    ChangeCheckingSettingsView: {
      /** @description Hours a request waits for its checker before it expires */
      expiryHours: number;
      /** @description Types applied without a checker */
      exemptTypes: (
        | 'ONBOARD_CLIENT'
        | 'ADD_ACCOUNT'
        | 'CLOSE_ACCOUNT'
        | 'ADD_USER'
        | 'CHANGE_USER_ACCESS'
        | 'BLOCK_USER'
        | 'UNBLOCK_USER'
        | 'BLOCK_OTP_DEVICE'
        | 'UNBLOCK_OTP_DEVICE'
        | 'REPLACE_OTP_DEVICE'
        | 'SEND_TEMPORARY_PASSWORD'
        | 'REVOKE_CERTIFICATE'
        | 'ISSUE_OTP_DEVICE'
        | 'ISSUE_STANDARD_CREDENTIALS'
        | 'ISSUE_REGISTRATION_CREDENTIALS'
        | 'REGISTER_CERTIFICATE'
        | 'START_TOKEN_REISSUE'
        | 'CANCEL_TOKEN_REGISTRATION'
        | 'CANCEL_PROCESS'
        | 'TERMINATE_PROCESS'
      )[];
      /** @description Types the bank may exempt */
      exemptibleTypes: (
        | 'ONBOARD_CLIENT'
        | 'ADD_ACCOUNT'
        | 'CLOSE_ACCOUNT'
        | 'ADD_USER'
        | 'CHANGE_USER_ACCESS'
        | 'BLOCK_USER'
        | 'UNBLOCK_USER'
        | 'BLOCK_OTP_DEVICE'
        | 'UNBLOCK_OTP_DEVICE'
        | 'REPLACE_OTP_DEVICE'
        | 'SEND_TEMPORARY_PASSWORD'
        | 'REVOKE_CERTIFICATE'
        | 'ISSUE_OTP_DEVICE'
        | 'ISSUE_STANDARD_CREDENTIALS'
        | 'ISSUE_REGISTRATION_CREDENTIALS'
        | 'REGISTER_CERTIFICATE'
        | 'START_TOKEN_REISSUE'
        | 'CANCEL_TOKEN_REGISTRATION'
        | 'CANCEL_PROCESS'
        | 'TERMINATE_PROCESS'
      )[];
    };
    ChangeCheckingSettingsDto: {
      /** @description Hours a request waits for its checker */
      expiryHours: number;
      /** @description Only the exemptible types are accepted */
      exemptTypes: (
        | 'ONBOARD_CLIENT'
        | 'ADD_ACCOUNT'
        | 'CLOSE_ACCOUNT'
        | 'ADD_USER'
        | 'CHANGE_USER_ACCESS'
        | 'BLOCK_USER'
        | 'UNBLOCK_USER'
        | 'BLOCK_OTP_DEVICE'
        | 'UNBLOCK_OTP_DEVICE'
        | 'REPLACE_OTP_DEVICE'
        | 'SEND_TEMPORARY_PASSWORD'
        | 'REVOKE_CERTIFICATE'
        | 'ISSUE_OTP_DEVICE'
        | 'ISSUE_STANDARD_CREDENTIALS'
        | 'ISSUE_REGISTRATION_CREDENTIALS'
        | 'REGISTER_CERTIFICATE'
        | 'START_TOKEN_REISSUE'
        | 'CANCEL_TOKEN_REGISTRATION'
        | 'CANCEL_PROCESS'
        | 'TERMINATE_PROCESS'
      )[];
    };
    MonthlyFeeChargeView: {
      /** @example 2026-12 */
      month: string;
      /** @enum {string} */
      plan: 'STANDARD_CONNECTED' | 'WITHOUT_STANDARD';
      /** @description Integer tiyn */
      amountTiyn: number;
      /** @example 200.00 */
      amount: string;
      /** @enum {string} */
      status: 'CHARGED' | 'FAILED' | 'SKIPPED';
      /** @description Why it failed or was skipped (INSUFFICIENT_FUNDS…) */
      reason: string | null;
      /** @description Tries so far (a failed charge is tried again each day of the month) */
      attempts: number;
      accountIban: string | null;
      chargedAt: string | null;
    };
    ClientTariffView: {
      /** @enum {string} */
      plan: 'STANDARD_CONNECTED' | 'WITHOUT_STANDARD';
      /** @description The monthly fee on this plan, integer tiyn */
      monthlyFeeTiyn: number;
      /** @example 200.00 */
      monthlyFee: string;
      /** @description Newest month first */
      charges: components['schemas']['MonthlyFeeChargeView'][];
    };
    OutageView: {
      down: boolean;
      reason?: string;
      since?: string;
    };
    StartOutageDto: {
      /** @example core maintenance */
      reason: string;
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
    SetExchangeRateDto: {
      /**
       * @description KZT per unit the bank pays when it buys
       * @example 468.00
       */
      buy: string;
      /**
       * @description KZT per unit the bank takes when it sells
       * @example 472.00
       */
      sell: string;
    };
    AddApplicationRuleDto: {
      /**
       * @description Only applications of this kind
       * @enum {string}
       */
      kind?:
        | 'CASH_WITHDRAWAL'
        | 'CASH_LODGEMENT'
        | 'TENDER_GUARANTEE'
        | 'BANK_CERTIFICATE'
        | 'BANK_DETAILS_CHANGE'
        | 'LETTER'
        | 'FX_TRANSFER'
        | 'CURRENCY_PURCHASE'
        | 'CURRENCY_SALE'
        | 'CURRENCY_CONVERSION'
        | 'CANCELLATION';
      /** @description Only applications on this account */
      accountIban?: string;
      /** @enum {string} */
      action: 'REFUSE' | 'DELAY';
      /**
       * @description REFUSE: the reason code
       * @example DOCUMENTS_INCOMPLETE
       */
      reason?: string;
      /** @description DELAY: how much longer the bank holds it */
      delayMs?: number;
      /**
       * @description Removed once applied
       * @default false
       */
      oneShot: boolean;
    };
    ApplicationRuleView: {
      id: string;
      kind: string | null;
      accountIban: string | null;
      /** @enum {string} */
      action: 'REFUSE' | 'DELAY';
      reason: string | null;
      delayMs: number | null;
      oneShot: boolean;
      timesApplied: number;
    };
    SimApplicationView: {
      applicationId: string;
      reference: string;
      kind: string;
      status: string;
      reason: string | null;
      result?: {
        [key: string]: unknown;
      };
      receivedAt: string;
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
    /** @description Too many attempts: the code says which limit, Retry-After (when known) when it lifts */
    Throttled: {
      headers: {
        /** @description Seconds to wait before trying again */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Briefly unavailable (the database or the process engine out of reach or restarting): try again after Retry-After */
    Unavailable: {
      headers: {
        /** @description Seconds to wait before trying again */
        'Retry-After': number;
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
export type operations = Record<string, never>;
