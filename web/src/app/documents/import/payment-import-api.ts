import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient } from '../../core/http/api-client';
import type { components } from '../../core/http/api-types.generated';

type Schemas = components['schemas'];
export type ImportPreviewView = Schemas['ImportPreviewView'];
export type ImportedDocumentView = Schemas['ImportedDocumentView'];
export type ImportResultView = Schemas['ImportResultView'];

/** Import of payment orders from 1C (backend payment-imports): a preview, then the import itself. */
@Injectable({ providedIn: 'root' })
export class PaymentImportApi {
  private readonly api = inject(ApiClient);

  preview(file: string): Observable<ImportPreviewView> {
    return this.api.post<ImportPreviewView>('/payment-imports/preview', { file });
  }

  import(file: string, submit: boolean): Observable<ImportResultView> {
    return this.api.post<ImportResultView>('/payment-imports', { file, submit });
  }
}

/** A file's bytes as base64, the form the API takes them in. */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
