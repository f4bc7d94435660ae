import { describe, expect, it } from '@jest/globals';
import { checkNewPin } from './pin-policy.js';

describe(checkNewPin.name, () => {
  it('accepts eight or more Latin letters and digits without runs', () => {
    expect(checkNewPin('Qoltanba2025')).toBeUndefined();
    expect(checkNewPin('k9z7t5a3')).toBeUndefined();
  });

  it('refuses fewer than eight characters', () => {
    expect(checkNewPin('Ab9x7z')).toBe('length');
  });

  it('refuses anything but Latin letters and digits', () => {
    expect(checkNewPin('Қолтаңба2025')).toBe('characters');
    expect(checkNewPin('pass word9')).toBe('characters');
  });

  it.each(['Qolt1234', 'xx678yyy', 'abcQ9z7x', 'Zyx97531', 'k9z7t321'])('refuses the run in %s', (pin) => {
    expect(checkNewPin(pin)).toBe('sequence');
  });

  it('refuses the factory default 12345678 and a new PIN equal to the current one', () => {
    expect(checkNewPin('12345678')).toBe('sequence');
    expect(checkNewPin('Qoltanba2025', 'Qoltanba2025')).toBe('unchanged');
  });
});
