/**
 * The pop-up where the signing agent's own page takes the PIN (the bank's page never sees it).
 * Browsers only allow pop-ups opened during a click, while the agent asks for the PIN later: so a
 * blank window is opened in the click handler and sent to the agent's URL when the request comes.
 */
export interface PinWindow {
  /** Shows the agent's prompt page; false when the pop-up was blocked. */
  show(url: string): boolean;
  close(): void;
}

const FEATURES = 'popup,width=440,height=560';

/** Call synchronously inside the click handler that starts signing. */
export function openPinWindow(view: Window | null | undefined): PinWindow {
  let popup: Window | null = null;
  try {
    popup = view?.open('about:blank', 'qoltanba-pin', FEATURES) ?? null;
  } catch {
    popup = null;
  }
  return {
    show(url) {
      if (!popup || popup.closed) popup = view?.open(url, 'qoltanba-pin', FEATURES) ?? null;
      else popup.location.href = url;
      return popup !== null;
    },
    close() {
      if (popup && !popup.closed) popup.close();
      popup = null;
    },
  };
}

/**
 * A PIN window opened only if the agent asks for a PIN, for steps that usually need none (writing a
 * certificate): no blank pop-up flashes by. Outside a click the browser may block it; the page then
 * offers the agent's `pinUrl` as a link.
 */
export function pinWindowOnDemand(view: Window | null | undefined): PinWindow {
  let popup: Window | null = null;
  return {
    show(url) {
      try {
        popup = view?.open(url, 'qoltanba-pin', FEATURES) ?? null;
      } catch {
        popup = null;
      }
      return popup !== null;
    },
    close() {
      if (popup && !popup.closed) popup.close();
      popup = null;
    },
  };
}

/**
 * Runs a step that may ask for a PIN in `pin`, closing the pop-up however the step ends: when it
 * fails before the agent asks (the token is not there), the blank window would stay open.
 */
export async function closingAfter<T>(pin: PinWindow, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    pin.close();
  }
}
