import type { BankDirectoryEntry } from '../payment/tenge-payment-order.js';

const bank = (bankCode: string, bic: string, name: string): BankDirectoryEntry =>
  Object.freeze({ bankCode, bic, name });

/**
 * Every bank and payment-system participant of Kazakhstan with an IBAN bank code, as the National
 * Bank's BIC directory lists them (second-tier banks, the National Bank, the Treasury, the State
 * Corporation, Kazpost, the development and housing banks, the market's depository and clearing
 * house). The backend seeds its editable `bank_directory` table from it; bank staff keep the table
 * current (the National Bank renames and retires banks), and validation reads the table.
 *
 * The platform's own bank always holds its configured code: in development that is the simulated
 * Qoltanba Bank on 998, which in the real directory is Alatau City Bank's, so the seed leaves that
 * code to the bank this platform runs for.
 */
export const KZ_BANK_DIRECTORY: readonly BankDirectoryEntry[] = Object.freeze([
  bank('009', 'GCVPKZ2A', 'State Corporation "Government for Citizens"'),
  bank('070', 'KKMFKZ2A', 'Committee of the Treasury of the Ministry of Finance'),
  bank('125', 'NBRKKZKX', 'National Bank of Kazakhstan'),
  bank('246', 'HLALKZKZ', 'ADCB Islamic Bank'),
  bank('432', 'VTBAKZKZ', 'VTB Bank (Kazakhstan)'),
  bank('435', 'SHBKKZKA', 'Shinhan Bank Kazakhstan'),
  bank('551', 'KSNVKZKA', 'Freedom Bank Kazakhstan'),
  bank('563', 'KPSTKZKA', 'Kazpost'),
  bank('601', 'HSBKKZKX', 'Halyk Bank'),
  bank('700', 'EABRKZKA', 'Eurasian Development Bank'),
  bank('715', 'KCCJKZKK', 'KASE Clearing Centre'),
  bank('719', 'KMFBKZKK', 'KMF Bank'),
  bank('722', 'CASPKZKA', 'Kaspi Bank'),
  bank('724', 'MOKFKZKA', 'BNK Commercial Bank'),
  bank('766', 'CEDUKZKA', 'Central Securities Depository'),
  bank('821', 'KINCKZKA', 'Bank RBK'),
  bank('832', 'CITIKZKA', 'Citibank Kazakhstan'),
  bank('849', 'NURSKZKX', 'Nurbank'),
  bank('856', 'KCJBKZKX', 'Bank CenterCredit'),
  bank('885', 'KZIBKZKA', 'Kazakhstan-Ziraat International Bank'),
  bank('886', 'INLMKZKA', 'Home Credit Bank'),
  bank('896', 'ZAJSKZ22', 'Zaman-Bank Islamic Bank'),
  bank('907', 'DVKAKZKA', 'Development Bank of Kazakhstan'),
  bank('913', 'BKCHKZKA', 'Bank of China Kazakhstan'),
  bank('914', 'BRKEKZKA', 'Bereke Bank'),
  bank('927', 'KICEKZKX', 'Kazakhstan Stock Exchange'),
  bank('930', 'ICBKKZKX', 'Industrial and Commercial Bank of China in Almaty'),
  bank('948', 'EURIKZKA', 'Eurasian Bank'),
  bank('949', 'ATYNKZKA', 'Altyn Bank'),
  bank('965', 'IRTYKZKA', 'ForteBank'),
  bank('972', 'HCSKKZKA', 'Otbasy Bank'),
  bank('998', 'TSESKZKA', 'Alatau City Bank'),
]);
