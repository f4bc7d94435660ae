import type { AttemptReply } from '../pin/pin-prompt.js';

export interface PinSubmission {
  pin?: string;
  soPin?: string;
  newPin?: string;
  confirmation?: boolean;
  /** Several certificates fit: the index of the one chosen among those the page lists. */
  choice?: number;
  /** A key file (PKCS#12) picked on the page, base64, and its password. */
  keyFile?: string;
  password?: string;
}

/** The certificates a prompt page lists to choose from, as the user reads them, in order. */
export async function choicesOn(promptUrl: string): Promise<string[]> {
  const page = await (await fetch(promptUrl)).text();
  return [...page.matchAll(/<label class="choice">([\s\S]*?)<\/label>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * Submits the prompt page's form the way the page's own script does: a JSON POST from the agent's
 * origin to the one-time URL. For tests and benchmarks, which play the user at the pop-up.
 */
export async function submitPin(promptUrl: string, entry: PinSubmission): Promise<AttemptReply> {
  const response = await fetch(promptUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(promptUrl).origin },
    body: JSON.stringify(entry),
  });
  return (await response.json()) as AttemptReply;
}

/** Presses the prompt's Cancel button. */
export async function cancelPinPrompt(promptUrl: string): Promise<void> {
  await fetch(`${promptUrl}/cancel`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(promptUrl).origin },
    body: '{}',
  });
}
