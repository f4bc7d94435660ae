import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';

type Match = string | ((request: HttpRequest<unknown>) => boolean);

/**
 * The request the app makes next that matches, once it has made it: guards, effects and awaited
 * calls send requests a few ticks after the action that causes them. Fails after `ticks` macrotasks.
 */
export async function nextRequest(
  http: HttpTestingController,
  match: Match,
  ticks = 20,
): Promise<TestRequest> {
  for (let tick = 0; tick < ticks; tick++) {
    const found = http.match(match);
    if (found.length > 1) throw new Error(`Expected one request, the app made ${found.length}`);
    if (found[0]) return found[0];
    await new Promise((resolve) => setTimeout(resolve));
  }
  return http.expectOne(match);
}

/** An error answer in the backend's `{ code, message, details }` shape. */
export function refuse(
  request: TestRequest,
  status: number,
  code: string,
  details: Record<string, unknown> = {},
): void {
  request.flush({ code, message: code, details }, { status, statusText: String(status) });
}
