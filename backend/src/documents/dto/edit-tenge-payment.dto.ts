import { SeenRevision } from '../../common/validation/seen-revision.js';
import { TengePaymentDto } from './tenge-payment.dto.js';

/** An edit's body: the payment as it should be, and the revision it was made over. */
export class EditTengePaymentDto extends TengePaymentDto {
  @SeenRevision('The revision this edit was made over (the `revision` of the document as last read)')
  revision!: number;
}
