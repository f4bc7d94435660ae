// Currencies (ISO 4217), exact money and exchange arithmetic (re-exported by ../index.ts).
export * from './iso-4217.js';
export * from './money.js';
export * from './exchange-quote.js';
