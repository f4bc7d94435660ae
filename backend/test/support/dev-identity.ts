/** Development identities of bank staff (the test API runs with NODE_ENV=test, where these headers work). */
export const MANAGER = { 'x-dev-staff-role': 'MANAGER' } as const;
export const OPERATOR = { 'x-dev-staff-role': 'OPERATOR' } as const;
export const AUDITOR = { 'x-dev-staff-role': 'AUDITOR' } as const;
