import { createHmac, hkdfSync, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canonicalJson, formatTiyn, sha256Hex } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService, auditActor } from '../audit/audit.service.js';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import type { OtpChallengeView } from './dto/otp-challenge.view.js';
import { OtpChallenge, type ChallengeDocument } from './otp-challenge.entity.js';
import { OtpCodeVerifier } from './otp-code-verifier.js';
import { CARD_CELLS, firstCell, nextCellOffset, sameCode } from './otp-codes.js';
import { OtpDevicesService } from './otp-devices.service.js';
import { OtpErrorCode as Code } from './otp-error-code.js';

/** After the code is accepted, the batch's documents are approved one by one: they have this much longer. */
const BATCH_GRACE_MS = 60_000;

export interface ApprovalRequest {
  challengeId: string;
  code: string;
  documentId: string;
  /** SHA-256 of the document's current canonical content. */
  currentContentHash: string;
  /** The hash the signer says they approve. */
  presentedContentHash: string;
}

/**
 * Dynamic linking: a challenge binds one code to what the user was shown (each document's content
 * hash, amount and payee, and the total), and a document is approved only with a challenge made for
 * its current content. The code is checked once per challenge (then only an HMAC of it is kept, so
 * the batch's other documents can be approved with the same code); each document once.
 */
@Injectable()
export class OtpChallengesService {
  private readonly macKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly devices: OtpDevicesService,
    private readonly codes: OtpCodeVerifier,
    private readonly audit: AuditService,
  ) {
    this.macKey = Buffer.from(hkdfSync('sha256', config.secrets.key, '', 'qoltanba otp code mac', 32));
  }

  async create(identity: ClientIdentity, documents: ChallengeDocument[]): Promise<OtpChallengeView> {
    const refused = async (error: FeatureError) => {
      await this.record(identity, 'OTP_CHALLENGE_CREATE', error.code, undefined, {
        documentIds: documents.map((d) => d.documentId),
      });
      return error;
    };
    if (identity.channel === 'STANDARD') {
      throw await refused(
        new FeatureError(
          Code.NOT_OFFERED_IN_CHANNEL,
          'The Standard channel signs with an EDS, not with OTP codes.',
        ),
      );
    }
    const device = await this.devices.liveDeviceOf(identity.userId);
    if (!device) {
      throw await refused(new FeatureError(Code.NO_DEVICE, 'You have no OTP device; ask your manager.'));
    }
    if (device.status !== 'ACTIVE') {
      throw await refused(
        new FeatureError(Code.DEVICE_BLOCKED, 'Your OTP device is blocked; your manager can unblock it.'),
      );
    }
    const id = randomUUID();
    const totalTiyn = documents.reduce((sum, document) => sum + document.amountTiyn, 0);
    const digest = sha256Hex(canonicalJson({ challengeId: id, documents, totalTiyn }));
    const expiresAt = new Date(Date.now() + this.config.otp.challengeTtlSeconds * 1000);
    const cell = await this.dataSource.transaction(async (tx) => {
      let cell: number | null = null;
      if (device.kind === 'CARD') {
        // The next cell in one statement: random, never the cell asked last, even under concurrency.
        const [rows] = await tx.query<[{ last_cell: number }[], number]>(
          `UPDATE otp_device SET last_cell = CASE WHEN last_cell IS NULL THEN $2
             ELSE 1 + ((last_cell - 1 + $3) % $4) END
           WHERE id = $1 RETURNING last_cell`,
          [device.id, firstCell(), nextCellOffset(), CARD_CELLS],
        );
        cell = rows[0]!.last_cell;
      }
      await tx.query(
        `INSERT INTO otp_challenge (id, user_id, organization_id, channel, device_id, cell, total_tiyn, digest,
           documents, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          identity.userId,
          identity.organizationId,
          identity.channel,
          device.id,
          cell,
          totalTiyn,
          digest,
          JSON.stringify(documents),
          expiresAt,
        ],
      );
      for (const document of documents) {
        await tx.query(
          `INSERT INTO otp_challenge_document (challenge_id, document_id, content_hash) VALUES ($1, $2, $3)`,
          [id, document.documentId, document.contentHash],
        );
      }
      return cell;
    });
    await this.record(identity, 'OTP_CHALLENGE_CREATE', AUDIT_SUCCESS, id, {
      documentIds: documents.map((document) => document.documentId),
      deviceId: device.id,
      cell,
      totalTiyn,
    });
    const single = documents.length === 1 ? documents[0] : undefined;
    return {
      challengeId: id,
      expiresAt: expiresAt.toISOString(),
      device: cell === null ? 'TOKEN' : { card: cell, serial: device.serial },
      amount: formatTiyn(totalTiyn),
      currency: single?.currency ?? 'KZT',
      ...(single ? { payee: single.payee } : {}),
      documents: documents.map((document) => ({
        documentId: document.documentId,
        number: document.number,
        amount: formatTiyn(document.amountTiyn),
        currency: document.currency ?? 'KZT',
        payee: document.payee,
        contentHash: document.contentHash,
      })),
      digest,
    };
  }

  /**
   * Checks the code of a challenge: against the device the first time (then the challenge is
   * answered), against the kept HMAC afterwards. Every attempt audited.
   */
  async verifyCode(identity: ClientIdentity, challengeId: string, code: string): Promise<OtpChallenge> {
    try {
      const challenge = await this.usableChallenge(identity, challengeId, new Date());
      await this.checkCode(identity, challenge, code);
      await this.record(identity, 'OTP_VERIFY', AUDIT_SUCCESS, challengeId, { deviceId: challenge.deviceId });
      return challenge;
    } catch (error) {
      await this.recordRefusal(identity, challengeId, error);
      throw error;
    }
  }

  /** The documents a challenge of this user was asked for; refused as verifyCode would (not theirs, expired). */
  async documentsOf(identity: ClientIdentity, challengeId: string): Promise<ChallengeDocument[]> {
    try {
      return (await this.usableChallenge(identity, challengeId, new Date())).documents;
    } catch (error) {
      await this.recordRefusal(identity, challengeId, error);
      throw error;
    }
  }

  /** Approves one document with a challenge's code; answers what is kept as evidence (never the code). */
  async approveDocument(
    identity: ClientIdentity,
    request: ApprovalRequest,
  ): Promise<Record<string, unknown>> {
    const { challengeId, documentId } = request;
    try {
      const now = new Date();
      const challenge = await this.usableChallenge(identity, challengeId, now);
      const bound = challenge.documents.find((document) => document.documentId === documentId);
      if (!bound) {
        throw new FeatureError(Code.CHALLENGE_OTHER_DOCUMENT, 'This code was asked for other documents.', {
          field: 'evidence.challengeId',
        });
      }
      if (
        bound.contentHash !== request.currentContentHash ||
        bound.contentHash !== request.presentedContentHash
      ) {
        throw new FeatureError(
          Code.CHALLENGE_STALE,
          'The document changed since the code was asked for; ask again.',
          {
            field: 'contentHash',
          },
        );
      }
      const [claim] = await this.dataSource.query<{ approved_at: Date | null }[]>(
        `SELECT approved_at FROM otp_challenge_document WHERE challenge_id = $1 AND document_id = $2`,
        [challengeId, documentId],
      );
      if (claim?.approved_at) throw used();
      await this.checkCode(identity, challenge, request.code);
      const [claimed] = await this.dataSource.query<[unknown[], number]>(
        `UPDATE otp_challenge_document SET approved_at = now()
         WHERE challenge_id = $1 AND document_id = $2 AND approved_at IS NULL RETURNING document_id`,
        [challengeId, documentId],
      );
      if (claimed.length === 0) throw used();
      await this.record(identity, 'OTP_VERIFY', AUDIT_SUCCESS, challengeId, {
        documentId,
        deviceId: challenge.deviceId,
      });
      return {
        challengeId,
        digest: challenge.digest,
        deviceId: challenge.deviceId,
        cell: challenge.cell,
        documents: challenge.documents.length,
        totalTiyn: Number(challenge.totalTiyn),
        contentHash: bound.contentHash,
        approvedAt: now.toISOString(),
      };
    } catch (error) {
      await this.recordRefusal(identity, challengeId, error, { documentId });
      throw error;
    }
  }

  private async usableChallenge(
    identity: ClientIdentity,
    challengeId: string,
    now: Date,
  ): Promise<OtpChallenge> {
    if (identity.channel === 'STANDARD') {
      throw new FeatureError(
        Code.NOT_OFFERED_IN_CHANNEL,
        'The Standard channel signs with an EDS, not with OTP codes.',
      );
    }
    const challenge = await this.dataSource.getRepository(OtpChallenge).findOneBy({ id: challengeId });
    if (!challenge || challenge.userId !== identity.userId) {
      throw new FeatureError(Code.CHALLENGE_NOT_FOUND, 'No such OTP challenge of yours.', {
        field: 'evidence.challengeId',
      });
    }
    const deadline = challenge.expiresAt.getTime() + (challenge.verifiedAt ? BATCH_GRACE_MS : 0);
    if (now.getTime() >= deadline) {
      throw new FeatureError(
        Code.CHALLENGE_EXPIRED,
        'The code was asked for too long ago; ask for a new one.',
      );
    }
    return challenge;
  }

  private async checkCode(identity: ClientIdentity, challenge: OtpChallenge, code: string): Promise<void> {
    if (!/^\d{6}$/.test(code)) {
      throw new FeatureError(Code.EVIDENCE_MALFORMED, 'The code is 6 digits.', { field: 'evidence.code' });
    }
    const mac = this.mac(challenge.id, code);
    if (challenge.verifiedAt && challenge.codeMac) {
      const kept = challenge.codeMac;
      await this.codes.attempt(challenge.deviceId, identity.userId, async () =>
        sameCode(mac, kept) ? { accepted: true } : { accepted: false, failure: Code.CODE_INVALID },
      );
      return;
    }
    await this.codes.verifyDeviceCode(challenge.deviceId, identity.userId, code, challenge.cell, new Date());
    const [answered] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE otp_challenge SET verified_at = now(), code_mac = $2
       WHERE id = $1 AND verified_at IS NULL AND expires_at > $3 RETURNING id`,
      [challenge.id, mac, new Date()],
    );
    if (answered.length === 0) {
      // Another request answered it meanwhile (the same card cell typed twice), or it just expired.
      const fresh = await this.dataSource.getRepository(OtpChallenge).findOneByOrFail({ id: challenge.id });
      if (!fresh.codeMac)
        throw new FeatureError(Code.CHALLENGE_EXPIRED, 'The code was asked for too long ago.');
      if (!sameCode(mac, fresh.codeMac)) throw used();
    }
    challenge.verifiedAt = new Date();
    challenge.codeMac = mac;
  }

  private mac(challengeId: string, code: string): string {
    return createHmac('sha256', this.macKey).update(`${challengeId}:${code}`).digest('hex');
  }

  private async recordRefusal(
    identity: ClientIdentity,
    challengeId: string,
    error: unknown,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (!(error instanceof FeatureError)) return;
    await this.record(identity, 'OTP_VERIFY', error.code, challengeId, {
      ...details,
      ...(typeof error.details?.attemptsLeft === 'number'
        ? { attemptsLeft: error.details.attemptsLeft }
        : {}),
    });
  }

  private record(
    identity: ClientIdentity,
    action: string,
    outcome: string,
    challengeId: string | undefined,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.recordQuietly({
      actor: auditActor(identity),
      action,
      outcome,
      ...(challengeId ? { subject: { kind: 'OTP_CHALLENGE', id: challengeId } } : {}),
      details: { channel: identity.channel, ...details },
    });
  }
}

const used = () => new FeatureError(Code.CHALLENGE_USED, 'This code was already used for this document.');
