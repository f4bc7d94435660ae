import { describe, expect, it } from '@jest/globals';
import { validateKbk } from './kbk.js';

describe(validateKbk.name, () => {
  it('accepts 6 digits, such as 101201 (personal income tax)', () => {
    expect(validateKbk('101201')).toBeUndefined();
  });

  it.each(['10120', '1012011', '10120A', ' 101201', '', undefined, 101201])(
    'refuses %j, which is not 6 digits',
    (kbk) => {
      expect(validateKbk(kbk as string)?.code).toBe('KBK_FORMAT');
    },
  );
});
