import { describe, expect, it } from '@jest/globals';
import { rolesOf } from './certificate-roles.js';

describe(rolesOf.name, () => {
  it('names an individual entrepreneur an individual, whatever the right', () => {
    expect(rolesOf('INDIVIDUAL_ENTREPRENEUR', 'SINGLE')).toEqual(['1.2.398.3.3.4.1.1']);
  });

  it('names every employee of a legal entity, and those with a signature right as persons who may sign', () => {
    expect(rolesOf('LEGAL_ENTITY', 'NONE')).toEqual(['1.2.398.3.3.4.1.2']);
    for (const right of ['SINGLE', 'FIRST', 'SECOND'] as const) {
      expect(rolesOf('LEGAL_ENTITY', right)).toEqual(['1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.2']);
    }
  });
});
