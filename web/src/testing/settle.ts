import type { ComponentFixture } from '@angular/core/testing';

/**
 * Waits until the page has caught up with what just happened: answers to awaited requests resolve
 * a promise later, and only then does the change they cause get rendered.
 */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
