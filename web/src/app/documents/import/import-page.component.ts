import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { apiProblemOf } from '../../core/http/api-error';
import { LocalDatePipe, TengePipe } from '../../core/i18n/format.pipes';
import { documentErrorKey } from '../document-errors';
import {
  type ImportPreviewView,
  type ImportResultView,
  PaymentImportApi,
  base64Of,
} from './payment-import-api';

/**
 * Payment orders from 1C: the user picks the exchange file, sees every document checked (errors by
 * document and by the file's own field names) before anything is created, then imports the valid
 * ones in one step, as drafts or sent for signature. The same file again creates nothing new.
 */
@Component({
  selector: 'qb-import-page',
  imports: [RouterLink, TranslocoPipe, TengePipe, LocalDatePipe],
  templateUrl: './import-page.component.html',
  styleUrl: './import-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPageComponent {
  private readonly api = inject(PaymentImportApi);

  protected readonly fileName = signal('');
  private file = '';
  protected readonly preview = signal<ImportPreviewView | undefined>(undefined);
  protected readonly result = signal<ImportResultView | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly valid = computed(() => this.preview()?.documents.filter((d) => d.valid).length ?? 0);
  protected readonly invalid = computed(() => (this.preview()?.documents.length ?? 0) - this.valid());

  protected async chosen(event: Event): Promise<void> {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    this.preview.set(undefined);
    this.result.set(undefined);
    this.errorKey.set(undefined);
    if (!chosen) return;
    this.fileName.set(chosen.name);
    await this.run(async () => {
      this.file = await base64Of(chosen);
      this.preview.set(await firstValueFrom(this.api.preview(this.file)));
    });
  }

  protected async import(submit: boolean): Promise<void> {
    if (!this.preview() || this.valid() === 0) return;
    await this.run(async () => {
      this.result.set(await firstValueFrom(this.api.import(this.file, submit)));
      this.preview.set(await firstValueFrom(this.api.preview(this.file)));
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await action();
    } catch (error) {
      const code = apiProblemOf(error).code;
      this.errorKey.set(code.startsWith('ONE_C_') ? `import.errors.${code}` : documentErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
