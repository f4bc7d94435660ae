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

/**
 * The bank's reference data — banks by IBAN bank code, the KNP catalogue — loaded once from the
 * same tables the server validates with, so the form's inline checks agree with the server's.
 */
@Injectable({ providedIn: 'root' })
export class BankDirectory {
  private readonly api = inject(ApiClient);
  private readonly banks = signal<ReadonlyMap<string, BankDirectoryEntry>>(new Map());
  private readonly knp = signal<readonly KnpEntry[]>([]);
  private readonly ready = signal(false);
  private requested = false;

  readonly loaded = this.ready.asReadonly();
  readonly knpCatalogue = this.knp.asReadonly();
  readonly knpCodes = computed(() => new Set(this.knp().map((entry) => entry.code)));

  load(): void {
    if (this.requested) return;
    this.requested = true;
    forkJoin({
      banks: this.api.get<BankDirectoryEntry[]>('/reference/banks'),
      knp: this.api.get<KnpEntry[]>('/reference/knp'),
    }).subscribe({
      next: ({ banks, knp }) => {
        this.banks.set(bankDirectoryOf(banks));
        this.knp.set(knp);
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
    };
  }
}
