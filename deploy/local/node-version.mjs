// Plain JavaScript, like bootstrap.mjs, which runs it before any dependency exists (so no semver).
// Whether a Node.js version is one package.json's `engines.node` accepts, in the only form that
// range takes: `^X.Y.Z` or `>=X.Y.Z` alternatives joined by `||`. A test compares it with semver.

/** @param {string} version e.g. "20.19.2" or "v22.13.0"; @param {string} range engines.node */
export function nodeSatisfies(version, range) {
  const [major, minor, patch] = parse(version);
  return range.split('||').some((alternative) => {
    const match = /^\s*(\^|>=)\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(alternative);
    if (!match) throw new Error(`engines.node: cannot read "${alternative.trim()}" (only ^X.Y.Z or >=X.Y.Z)`);
    const [, operator, ...bound] = match;
    const [atLeastMajor, atLeastMinor, atLeastPatch] = bound.map(Number);
    const atLeast =
      major !== atLeastMajor
        ? major > atLeastMajor
        : minor !== atLeastMinor
          ? minor > atLeastMinor
          : patch >= atLeastPatch;
    return atLeast && (operator === '>=' || major === atLeastMajor);
  });
}

function parse(version) {
  return version.replace(/^v/, '').split(/[.-]/).slice(0, 3).map(Number);
}
