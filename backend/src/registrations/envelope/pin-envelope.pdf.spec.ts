import { describe, expect, it } from '@jest/globals';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type PinEnvelopeContent, renderPinEnvelope } from './pin-envelope.pdf.js';

const CONTENT: PinEnvelopeContent = {
  bankName: 'Qoltanba Bank',
  organization: { name: 'ЖШС «Әлем Құрылыс»', binIin: '261140000123', legalForm: 'LEGAL_ENTITY' },
  userFullName: 'Нұрлан Ғабитұлы Үсенов',
  registrationUserId: 'qq123456_qwertyui',
  card: {
    serial: 'QC1234567890',
    pin: 'ABCDEFGHJKL',
    cells: Array.from({ length: 35 }, (_, index) => ({ cell: index + 1, code: String(100_001 + index) })),
  },
  validityDays: 365,
  issuedAt: new Date('2026-03-02T20:00:00Z'),
};

/** The PDF as a reader sees it: its pages, its text, and its document information. */
async function read(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    const { info } = await document.getMetadata();
    return { pages: document.numPages, text, info: JSON.stringify(info) };
  } finally {
    await document.destroy();
  }
}

describe(renderPinEnvelope.name, () => {
  it('prints the card, the user ID and the instructions in Kazakh and Russian, with every Kazakh letter', async () => {
    const { pages, text } = await read(await renderPinEnvelope(CONTENT));

    expect(pages).toBe(1);
    for (const expected of [
      'Токенді тіркеуге арналған PIN-конверт',
      'PIN-конверт для регистрации токена',
      'ЖШС «Әлем Құрылыс»',
      'БСН / БИН',
      'Нұрлан Ғабитұлы Үсенов',
      '365 күн / 365 дней',
      'qq123456_qwertyui',
      'QC1234567890',
      'ABCDEFGHJKL',
      '«Тіркелу»',
      '«Регистрация»',
      'PIN-код 5 рет қате енгізілсе',
      'После 5 неверных вводов PIN-кода',
      'Берілген күні / Дата выдачи: 03.03.2026',
    ]) {
      expect(text).toContain(expected);
    }
    const cells = [...text.matchAll(/\b(\d{2})\s+(\d{6})\b/g)].map(([, cell, code]) => `${cell}:${code}`);
    expect(cells).toEqual(
      CONTENT.card.cells.map(({ cell, code }) => `${String(cell).padStart(2, '0')}:${code}`),
    );
  });

  it('names an entrepreneur by IIN, and says days in Russian as a number wants them', async () => {
    const { text } = await read(
      await renderPinEnvelope({
        ...CONTENT,
        organization: { ...CONTENT.organization, legalForm: 'INDIVIDUAL_ENTREPRENEUR' },
        validityDays: 1_093,
      }),
    );

    expect(text).toContain('ЖСН / ИИН');
    expect(text).toContain('1093 күн / 1093 дня');
  });

  it('stays on one page whatever the length of the names', async () => {
    const long = 'Товарищество с ограниченной ответственностью «Әлем Құрылыс Өнеркәсіп Инжиниринг» '.repeat(
      4,
    );
    const { pages, text } = await read(
      await renderPinEnvelope({
        ...CONTENT,
        bankName: `АО «Қолтаңба Банк» ${long}`,
        organization: { ...CONTENT.organization, name: long },
        userFullName: long,
        validityDays: 1_095,
      }),
    );

    expect(pages).toBe(1);
    expect(text).toContain('ABCDEFGHJKL');
    expect(text).toContain('…');
  });

  it('prints a new user’s Standard log-in and one-time password with the card, still on one page', async () => {
    const long = 'Товарищество с ограниченной ответственностью «Әлем Құрылыс» '.repeat(3);
    const { pages, text } = await read(
      await renderPinEnvelope({
        ...CONTENT,
        organization: { ...CONTENT.organization, name: long },
        standard: { login: 'u4821736', password: 'Kx7mQ2pR' },
      }),
    );

    expect(pages).toBe(1);
    for (const expected of ['Логин для входа в Standard', 'u4821736', 'Kx7mQ2pR', 'ABCDEFGHJKL']) {
      expect(text).toContain(expected);
    }
  });

  it('keeps the user, the card and the PIN out of the document information', async () => {
    const { info } = await read(await renderPinEnvelope(CONTENT));

    expect(info).toContain('Qoltanba Bank');
    for (const secret of ['ABCDEFGHJKL', 'qq123456_qwertyui', 'QC1234567890', 'Үсенов']) {
      expect(info).not.toContain(secret);
    }
  });
});
