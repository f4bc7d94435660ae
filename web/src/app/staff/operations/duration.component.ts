import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** The two largest units of a span of time: "2 d 3 h", "5 min 12 s". */
export function durationParts(
  seconds: number,
): { unit: 'days' | 'hours' | 'minutes' | 'seconds'; n: number }[] {
  const whole = Math.max(0, Math.floor(seconds));
  const all = [
    { unit: 'days' as const, n: Math.floor(whole / 86_400) },
    { unit: 'hours' as const, n: Math.floor(whole / 3_600) % 24 },
    { unit: 'minutes' as const, n: Math.floor(whole / 60) % 60 },
    { unit: 'seconds' as const, n: whole % 60 },
  ];
  const first = all.findIndex((part) => part.n > 0);
  if (first < 0) return [{ unit: 'seconds', n: 0 }];
  return all.slice(first, first + 2).filter((part) => part.n > 0);
}

/** A span of time in the active language, to the two largest units. */
@Component({
  selector: 'qb-duration',
  imports: [TranslocoPipe],
  template: `@for (part of parts(); track part.unit; let last = $last) {
    {{ 'staff.ops.duration.' + part.unit | transloco: { n: part.n } }}{{ last ? '' : ' ' }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DurationComponent {
  readonly seconds = input.required<number>();
  protected readonly parts = computed(() => durationParts(this.seconds()));
}
