import { Injectable, computed, inject, signal } from '@angular/core';
import {
  type BankDirectoryEntry,
  type PaymentValidationContext,
  almatyDate,
  bankDirectoryOf,
  ibanBankCode,
  normalizeIban,
} from '@qoltanba/workflows/domain';
import { forkJoin } from 'rxjs';
import { ApiClient } from '../../core/http/api-client';

/** A payment purpose code with its name in each language (backend reference/knp-code.entity.ts). */
export interface KnpEntry {
  readonly code: string;
  readonly labelEn: string;
  readonly labelRu: string;
  readonly labelKk: string;
}

/** A budget classification code with its name in each language (backend reference/kbk-code.entity.ts). */
export type KbkEntry = KnpEntry;

/** A state revenue office budget payments go to. */
export interface TaxOfficeEntry {
  readonly bin: string;
  readonly code: string;
  readonly nameRu: string;
  readonly nameKk: string;
}

/** This bank: what a salary payment is addressed to. */
export interface OwnBank {
  readonly bankCode: string;
  readonly bic: string;
  readonly name: string;
  readonly bin: string;
  readonly salaryTransitIban: string;
}

/**
 * The bank's reference data — banks by IBAN bank code, the KNP and KBK catalogues, the tax offices,
 * this bank itself — loaded once from the
 * same tables the server validates with, so the form's inline checks agree with the server's.
 */
@Injectable({ providedIn: 'root' })
export class BankDirectory {
  private readonly api = inject(ApiClient);
  private readonly banks = signal<ReadonlyMap<string, BankDirectoryEntry>>(new Map());
  private readonly knp = signal<readonly KnpEntry[]>([]);
  private readonly kbk = signal<readonly KbkEntry[]>([]);
  private readonly offices = signal<readonly TaxOfficeEntry[]>([]);
  private readonly own = signal<OwnBank | undefined>(undefined);
  private readonly ready = signal(false);
  private requested = false;

  readonly loaded = this.ready.asReadonly();
  readonly knpCatalogue = this.knp.asReadonly();
  readonly knpCodes = computed(() => new Set(this.knp().map((entry) => entry.code)));
  readonly kbkCatalogue = this.kbk.asReadonly();
  readonly taxOffices = this.offices.asReadonly();
  readonly ownBank = this.own.asReadonly();
  private readonly kbkCodes = computed(() => new Set(this.kbk().map((entry) => entry.code)));
  private readonly officeBins = computed(() => new Set(this.offices().map((office) => office.bin)));

  load(): void {
    if (this.requested) return;
    this.requested = true;
    forkJoin({
      banks: this.api.get<BankDirectoryEntry[]>('/reference/banks'),
      knp: this.api.get<KnpEntry[]>('/reference/knp'),
      kbk: this.api.get<KbkEntry[]>('/reference/kbk'),
      offices: this.api.get<TaxOfficeEntry[]>('/reference/tax-offices'),
      own: this.api.get<OwnBank>('/reference/own-bank'),
    }).subscribe({
      next: ({ banks, knp, kbk, offices, own }) => {
        this.banks.set(bankDirectoryOf(banks));
        this.knp.set(knp);
        this.kbk.set(kbk);
        this.offices.set(offices);
        this.own.set(own);
        this.ready.set(true);
      },
      // Without reference data the server still validates; let a later page try again.
      error: () => (this.requested = false),
    });
  }

  /** The bank an IBAN's 3-digit bank code names, as soon as the code is typed. */
  bankOf(iban: string): BankDirectoryEntry | undefined {
    const normalized = normalizeIban(iban);
    return normalized.length >= 7 ? this.banks().get(ibanBankCode(normalized)) : undefined;
  }

  /** What the domain validators need, with today in Almaty (the bank's operating day). */
  validationContext(now: Date): PaymentValidationContext {
    return {
      today: almatyDate(now.toISOString()),
      knpCatalogue: this.knpCodes(),
      bankDirectory: this.banks(),
      ownBankCode: this.own()?.bankCode ?? '',
      kbkCatalogue: this.kbkCodes(),
      taxOffices: this.officeBins(),
    };
  }
}
