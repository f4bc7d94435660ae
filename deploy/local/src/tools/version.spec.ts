import { describe, expect, it } from '@jest/globals';
import { compareVersions } from './version.js';

describe(compareVersions.name, () => {
  it('compares numerically, part by part, so 1.29 is newer than 1.5', () => {
    expect(compareVersions('1.29.1', '1.5.0')).toBe(1);
    expect(compareVersions('1.25', '1.25.0')).toBe(0);
    expect(compareVersions('1.24.9', '1.25')).toBe(-1);
  });
});
