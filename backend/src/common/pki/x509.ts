// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata
// API present before the library loads: every import of @peculiar/x509 goes through this module.
import 'reflect-metadata';

export * from '@peculiar/x509';
