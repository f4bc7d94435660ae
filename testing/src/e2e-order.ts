/**
 * Journeys that spend a demo OTP token's code, one group per token (demoUser.singleWithToken, then
 * demoUser.first). A token code is good once per 60-second step: a journey that finds this step's code
 * spent waits for the next one, up to a minute of an idle machine, and one that types the code
 * without that wait (signing-in-sequence) fails. Spread over the run, each finds a fresh code.
 */
export const TOKEN_SPENDERS: readonly (readonly string[])[] = [
  ['payment-import', 'payment-templates', 'replayed-otp'],
  ['applications', 'signing-in-sequence'],
];

/**
 * `ordered` with each group's members spread evenly from the first place to the last (a member whose
 * place is taken gets the nearest free one), and everything else in its order in the places left.
 */
export function spreadApart<T>(
  ordered: readonly T[],
  groups: readonly (readonly string[])[],
  nameOf: (item: T) => string,
): T[] {
  const places: (T | undefined)[] = new Array<T | undefined>(ordered.length).fill(undefined);
  const placed = new Set<T>();
  for (const group of groups) {
    const members = ordered.filter((item) => group.includes(nameOf(item)));
    members.forEach((member, index) => {
      const even = members.length < 2 ? 0 : Math.round((index * (ordered.length - 1)) / (members.length - 1));
      places[nearestFree(places, even)] = member;
      placed.add(member);
    });
  }
  const others = ordered.filter((item) => !placed.has(item));
  return places.map((item) => item ?? others.shift()!);
}

function nearestFree(places: readonly unknown[], wanted: number): number {
  for (let distance = 0; ; distance++) {
    for (const place of [wanted + distance, wanted - distance]) {
      if (place >= 0 && place < places.length && places[place] === undefined) return place;
    }
  }
}
