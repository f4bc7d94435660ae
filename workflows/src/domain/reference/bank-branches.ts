/**
 * The bank's branches where cash is collected or paid in, by code. The names are the web app's to
 * translate; the codes are what an application carries.
 */
export const BANK_BRANCHES = [
  { code: 'ALA-01', city: 'Almaty' },
  { code: 'ALA-02', city: 'Almaty' },
  { code: 'AST-01', city: 'Astana' },
  { code: 'SHY-01', city: 'Shymkent' },
  { code: 'KRG-01', city: 'Karaganda' },
  { code: 'AKT-01', city: 'Aktobe' },
] as const;

export const BANK_BRANCH_CODES: ReadonlySet<string> = new Set(BANK_BRANCHES.map((branch) => branch.code));
