import { DOCUMENT, Injectable, InjectionToken, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../http/api-client';
import type {
  AgentEvent,
  AgentGreeting,
  AgentResponse,
  PinEventsQuery,
} from '@qoltanba/signer/protocol/wire-types';
import type { PinWindow } from './pin-window';

/**
 * This browser's own choice of agent address, when a client set their agent up on another port;
 * otherwise the bank's server says where the agent is (SIGNER_URL, `GET /api/client-config`).
 */
export const SIGNING_AGENT_URL = new InjectionToken<string | undefined>('SIGNING_AGENT_URL', {
  providedIn: 'root',
  factory: () => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage.getItem(SIGNING_AGENT_URL_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
});
export const DEFAULT_AGENT_URL = 'ws://127.0.0.1:13580';
export const SIGNING_AGENT_URL_KEY = 'qoltanba.signerUrl';

export const WEB_SOCKET_FACTORY = new InjectionToken<(url: string) => WebSocket>('WEB_SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => (url) => new WebSocket(url),
});

/** Extended key usages the agent picks a certificate by. */
export const SIGNING_USAGE = '1.3.6.1.5.5.7.3.4';
export const AUTHENTICATION_USAGE = '1.3.6.1.5.5.7.3.2';

/** The agent's own methods; `kz.gov.pki.knca.basics` (the national agent's `sign`) is served beside it. */
export const AGENT_MODULE = 'kz.qoltanba.agent';

/** For methods that need no PIN: should one ask after all, the page offers the prompt's link. */
const NO_PIN_WINDOW: PinWindow = { show: () => false, close: () => undefined };

/** Codes of the agent (signer/src/protocol/agent-error-code.ts), plus ours when it cannot be reached. */
export const AGENT_UNAVAILABLE = 'AGENT_UNAVAILABLE';

export class AgentRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AgentRefusal';
  }
}

export interface CertificateChoice {
  readonly extKeyUsageOids: readonly string[];
  readonly serialNumber?: string;
}

type AgentMessage = AgentResponse | AgentEvent | AgentGreeting;

/** This page opens the agent's PIN prompt itself, as a pop-up: it asks the agent for its events. */
const PIN_EVENTS: PinEventsQuery = 'events=pin';

function withPinEvents(url: string): string {
  const asking = new URL(url);
  asking.search = PIN_EVENTS;
  return asking.toString();
}

/**
 * The browser's side of the agent's protocol (NCALayer-compatible `kz.gov.pki.knca.basics.sign`):
 * one WebSocket per signing, a detached CMS over exactly the bytes given, one PIN entry for a
 * batch. While a PIN prompt is open, `pinUrl` holds its address, so the page can offer a link when
 * the pop-up was blocked.
 */
@Injectable({ providedIn: 'root' })
export class SigningAgent {
  private readonly localUrl = inject(SIGNING_AGENT_URL);
  private readonly api = inject(ApiClient);
  private configuredUrl: Promise<string> | undefined;
  private readonly openSocket = inject(WEB_SOCKET_FACTORY);
  private readonly document = inject(DOCUMENT);
  private readonly prompt = signal<string | undefined>(undefined);

  /** The PIN prompt's address while the agent waits for the PIN, if the pop-up could not show it. */
  readonly pinUrl = this.prompt.asReadonly();

  /** Signs one base64 document (a CMS back) or several with one PIN entry (an array back). */
  sign(data: string, choice: CertificateChoice, pin: PinWindow): Promise<string>;
  sign(data: string[], choice: CertificateChoice, pin: PinWindow): Promise<string[]>;
  async sign(data: string | string[], choice: CertificateChoice, pin: PinWindow): Promise<string | string[]> {
    const args = {
      allowedStorages: ['PKCS11'],
      format: 'cms',
      data,
      signingParams: { decode: true, encapsulate: false, digested: false },
      signerParams: {
        extKeyUsageOids: choice.extKeyUsageOids,
        ...(choice.serialNumber ? { serialNumber: choice.serialNumber } : {}),
      },
      locale: this.locale(),
    };
    return (await this.settled(this.request('kz.gov.pki.knca.basics', 'sign', args, pin), pin)) as
      string | string[];
  }

  /**
   * One of the agent's own methods (module `kz.qoltanba.agent`: tokens, PINs, key pairs,
   * certificates). A method that asks for a PIN shows its prompt in `pin`; without one, a blocked
   * prompt is offered through `pinUrl`.
   */
  async call<T>(method: string, args: object = {}, pin: PinWindow = NO_PIN_WINDOW): Promise<T> {
    return (await this.settled(this.request(AGENT_MODULE, method, args, pin), pin)) as T;
  }

  /** The agent's PIN page speaks the page's language. */
  locale(): string {
    return this.document.documentElement.lang || 'ru';
  }

  private async settled(request: Promise<unknown>, pin: PinWindow): Promise<unknown> {
    try {
      return await request;
    } finally {
      pin.close();
      this.prompt.set(undefined);
    }
  }

  /** The agent's address: this browser's own setting, else the server's, else the default port. */
  private agentUrl(): Promise<string> {
    if (this.localUrl) return Promise.resolve(this.localUrl);
    this.configuredUrl ??= firstValueFrom(this.api.get<{ signerUrl?: string }>('/client-config')).then(
      (config) => config.signerUrl || DEFAULT_AGENT_URL,
      () => {
        // Asked again next time; meanwhile the default port is the likeliest.
        this.configuredUrl = undefined;
        return DEFAULT_AGENT_URL;
      },
    );
    return this.configuredUrl;
  }

  private async request(module: string, method: string, args: unknown, pin: PinWindow): Promise<unknown> {
    const url = await this.agentUrl();
    return new Promise((resolve, reject) => {
      let socket: WebSocket;
      try {
        socket = this.openSocket(withPinEvents(url));
      } catch {
        reject(unavailable());
        return;
      }
      let answered = false;
      const finish = (outcome: () => void): void => {
        if (answered) return;
        answered = true;
        outcome();
        socket.close();
      };
      socket.addEventListener('open', () => socket.send(JSON.stringify({ id: 1, module, method, args })));
      socket.addEventListener('error', () => finish(() => reject(unavailable())));
      socket.addEventListener('close', () => finish(() => reject(unavailable())));
      socket.addEventListener('message', (event: MessageEvent<string>) => {
        const message = JSON.parse(event.data) as AgentMessage;
        // The agent greets every socket with its version, as the national agent does.
        if ('result' in message) return;
        if ('event' in message) {
          if (message.event === 'pinRequested') {
            this.prompt.set(pin.show(message.url) ? undefined : message.url);
          } else {
            this.prompt.set(undefined);
          }
          return;
        }
        finish(() =>
          message.status
            ? resolve(message.body.result)
            : reject(new AgentRefusal(message.code, message.message)),
        );
      });
    });
  }
}

function unavailable(): AgentRefusal {
  return new AgentRefusal(AGENT_UNAVAILABLE, 'The signing agent could not be reached.');
}
