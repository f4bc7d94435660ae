/**
 * The temporary password in the bank's SMS, in whichever language the user reads the app in
 * (backend/src/sms/sms-texts.ts): read back as a phone would, by the API tests and the journeys.
 */
export function temporaryPasswordIn(sms: string): string {
  const match = /(?:temporary password is|временный пароль|уақытша құпиясөзіңіз) (\S+?)\.\s/.exec(sms);
  if (!match) throw new Error(`no temporary password in: ${sms}`);
  return match[1]!;
}
