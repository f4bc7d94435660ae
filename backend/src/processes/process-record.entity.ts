import type { AwaitedParty, ProcessType } from '@qoltanba/workflows/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per process of any kind (a payment document, later registrations, applications…): what
 * client lists, status tracking and the operators' console read. Each process's own details live in
 * its own table beside this one; the workflow stays the source of truth.
 */
@Entity('process')
export class ProcessRecord {
  /** The process's own id (a document's id); its workflow id is derived from it. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'workflow_id', unique: true })
  workflowId!: string;

  @Column('text')
  type!: ProcessType;

  /** Absent for the bank's own processes that belong to no client. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('text')
  status!: string;

  /** Names the process without a language: a document's number and payee, say. */
  @Column('text')
  title!: string;

  /** The kind within the type (TENGE_PAYMENT, CURRENCY_PURCHASE…). */
  @Column('text', { nullable: true })
  kind!: string | null;

  @Column('text', { name: 'account_iban', nullable: true })
  accountIban!: string | null;

  /** Integer minor units (tiyn for tenge), as PostgreSQL's bigint text: exact, never a float. */
  @Column('bigint', { name: 'amount_minor', nullable: true })
  amountMinor!: string | null;

  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  @Column('text')
  awaiting!: AwaitedParty;

  /** Who exactly is awaited, in the process's own terms (rights, a role, the bank). */
  @Column('jsonb', { name: 'awaiting_detail', nullable: true })
  awaitingDetail!: unknown;

  /** Set when an operator marked the process broken (who, when, why): only then may it be terminated. */
  @Column('jsonb', { nullable: true })
  broken!: { staffId: string; at: string; reason: string } | null;

  @Column('integer', { name: 'last_seq' })
  lastSeq!: number;

  /** The workflow's time in the task that wrote the row: a later task's write replaces it (seq aside). */
  @Column('timestamptz', { name: 'written_at' })
  writtenAt!: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
