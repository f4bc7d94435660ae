import { DOCUMENT, DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type ChannelFunction, channelAllows } from '@qoltanba/workflows/domain/channels/channel-functions';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../http/api-client';
import { forgetDraftsOf } from '../forms/form-draft-storage';
import { apiProblemOf } from '../http/api-error';
import type { Language } from '../i18n/languages';
import type {
  ClientPrincipal,
  PhoneCredentials,
  SessionState,
  SessionView,
  SignedOutReason,
  StaffPrincipal,
} from './session';

/** A little past the server's idle limit, so the server, not the page, decides in a close race. */
const IDLE_GRACE_MS = 5_000;

/**
 * How long before the idle limit the warning shows: a minute, or a fifth of a short limit. A
 * user's typing and clicking reach the server at least as often, so an active user never sees it.
 */
export function warningLeadMs(idleTimeoutSeconds: number): number {
  return Math.min(60_000, (idleTimeoutSeconds * 1000) / 5);
}

/**
 * Who is logged in, as signals every page and guard reads. The session itself lives on the server
 * (an HttpOnly cookie); this mirrors what `GET /api/auth/session` says about it, and notices idle
 * expiry by itself so a page left open returns to log-in with a message.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(ApiClient);
  private readonly state = signal<SessionState>({ kind: 'unknown' });
  private loading: Promise<void> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly expiryListeners = new Set<() => void>();
  private readonly document = inject(DOCUMENT);
  private lastTouchedAt = 0;
  private refreshing = false;

  readonly session = computed(() => {
    const state = this.state();
    return state.kind === 'signed-in' ? state.session : undefined;
  });
  /** The logged-in client user: the client pages read this, and let no member of staff in. */
  readonly client = computed((): ClientPrincipal | undefined => {
    const principal = this.session()?.principal;
    return principal?.kind === 'CLIENT' ? principal : undefined;
  });
  /** The logged-in member of staff: the staff areas (managers, operators) read this. */
  readonly staff = computed((): StaffPrincipal | undefined => {
    const principal = this.session()?.principal;
    return principal?.kind === 'STAFF' ? principal : undefined;
  });
  readonly channel = computed(() => this.client()?.channel);
  /** Whether the server lets this user prepare documents and applications (a NONE right may not). */
  readonly mayPrepare = computed(() => this.client()?.mayPrepare ?? false);
  readonly passwordChangeRequired = computed(() => this.session()?.passwordChangeRequired ?? false);
  /** When the server's idle limit passes (epoch ms) unless something reaches it first; the staff shell warns before. */
  readonly idleDeadline = signal<number | undefined>(undefined);
  readonly signedOutReason = computed(() => {
    const state = this.state();
    return state.kind === 'signed-out' ? state.reason : undefined;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.idleTimer));
  }

  /** Whether the session's channel offers a function (the channel table of the bank's offer). */
  allows(fn: ChannelFunction): boolean {
    const channel = this.channel();
    return channel !== undefined && channelAllows(channel, fn);
  }

  /** Asks the server once whether a session exists (after a reload the cookie may still be valid). */
  ensureLoaded(): Promise<void> {
    if (this.state().kind !== 'unknown') return Promise.resolve();
    const loading =
      this.loading ??
      firstValueFrom(this.api.get<SessionView>('/auth/session')).then(
        (session) => void this.signIn(session),
        () => this.state.set({ kind: 'signed-out' }),
      );
    this.loading = loading;
    return loading;
  }

  async loginStandard(login: string, password: string): Promise<SessionView> {
    return this.signIn(
      await firstValueFrom(this.api.post<SessionView>('/auth/login/standard', { login, password })),
    );
  }

  async loginStaff(login: string, password: string): Promise<SessionView> {
    return this.signIn(
      await firstValueFrom(this.api.post<SessionView>('/auth/staff/login', { login, password })),
    );
  }

  async loginByPhone(credentials: PhoneCredentials): Promise<SessionView> {
    return this.signIn(await firstValueFrom(this.api.post<SessionView>('/auth/login/phone', credentials)));
  }

  async loginByEds(nonce: string, cms: string): Promise<SessionView> {
    return this.signIn(await firstValueFrom(this.api.post<SessionView>('/auth/login/eds', { nonce, cms })));
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<SessionView> {
    const session = await firstValueFrom(
      this.api.post<SessionView>('/auth/password', { currentPassword, newPassword }),
    );
    return this.signIn(session);
  }

  /** "Still here": any answer restarts the server's idle clock, and the session probe is the lightest. */
  async keepAlive(): Promise<void> {
    this.signIn(await firstValueFrom(this.api.get<SessionView>('/auth/session')));
  }

  /**
   * The user typed or clicked: a person filling a long form is not idle. The server hears of it at
   * most once per warningLeadMs, through the session probe, which restarts its idle clock; a
   * user who does nothing is still logged out when the server's limit passes.
   */
  noteActivity(): void {
    const session = this.session();
    if (!session || this.refreshing) return;
    if (Date.now() - this.lastTouchedAt < warningLeadMs(session.idleTimeoutSeconds)) return;
    this.refreshing = true;
    this.keepAlive()
      .catch((error: unknown) => {
        // Ended already (the probe's 401 is not the interceptor's to handle): back to the log-in.
        if (apiProblemOf(error).status === 401) this.expire();
      })
      .finally(() => (this.refreshing = false));
  }

  /** The client's language of the interface, remembered by the server for the bank's SMS. */
  async rememberLanguage(language: Language): Promise<void> {
    if (!this.client()) return;
    try {
      await firstValueFrom(this.api.put<void>('/auth/language', { language }));
    } catch {
      // Only the language of a later SMS depends on it; the next log-in tells it again.
    }
  }

  async logout(): Promise<void> {
    const userId = this.client()?.userId ?? this.staff()?.staffId;
    try {
      await firstValueFrom(this.api.post<void>('/auth/logout'));
    } catch (error) {
      // An already-ended session is logged out all the same.
      if (apiProblemOf(error).status === 0) throw error;
    }
    if (userId) forgetDraftsOf(this.document, userId);
    this.signOut('logged-out');
  }

  /** The server said the session ended (or the idle limit passed): back to log-in, with a message. */
  expire(): void {
    if (this.state().kind !== 'signed-in') return;
    this.signOut('expired');
    this.expiryListeners.forEach((listener) => listener());
  }

  /** Runs `listener` each time the session expires (the router sends the user to log-in). */
  onExpiry(listener: () => void): () => void {
    this.expiryListeners.add(listener);
    return () => this.expiryListeners.delete(listener);
  }

  /** Every answer from the API restarts the server's idle clock, so it restarts ours. */
  touched(): void {
    const session = this.session();
    if (!session) return;
    clearTimeout(this.idleTimer);
    this.lastTouchedAt = Date.now();
    this.idleDeadline.set(this.lastTouchedAt + session.idleTimeoutSeconds * 1000);
    this.idleTimer = setTimeout(() => this.expire(), session.idleTimeoutSeconds * 1000 + IDLE_GRACE_MS);
  }

  private signIn(session: SessionView): SessionView {
    this.loading = undefined;
    this.state.set({ kind: 'signed-in', session });
    this.touched();
    return session;
  }

  private signOut(reason: SignedOutReason): void {
    clearTimeout(this.idleTimer);
    this.idleDeadline.set(undefined);
    this.loading = undefined;
    this.state.set({ kind: 'signed-out', reason });
  }
}
