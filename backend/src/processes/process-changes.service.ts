import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { MessageEvent } from '@nestjs/common';
import { filter, interval, map, merge, type Observable, Subject, takeUntil, timer } from 'rxjs';
import { AppConfig } from '../config/app-config.js';
import { AppLogger } from '../logging/app-logger.js';
import { PROCESS_CHANGES_CHANNEL, type ProcessChange } from './process-changes.js';

/** Reconnect delay after the listening connection drops (PostgreSQL restarting, say). */
const RECONNECT_MS = 1_000;
const HEARTBEAT_MS = 25_000;
const STREAM_LIFETIME_MS = 60_000;

/**
 * The API's ear on process changes of every kind: one dedicated PostgreSQL connection LISTENs to
 * what every worker's projection NOTIFYs, and each organization's open pages get their own changes.
 */
@Injectable()
export class ProcessChangesService implements OnModuleInit, OnModuleDestroy {
  private readonly changes = new Subject<ProcessChange>();
  private client: pg.Client | undefined;
  private closing = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    this.changes.complete();
    await this.client?.end().catch(() => undefined);
  }

  /**
   * An organization's changes as server-sent events, with a heartbeat that keeps proxies from closing
   * an idle stream. Each stream ends after a minute: the browser reconnects by itself, and the
   * reconnect passes the access guard again, so a session that ended closes its streams.
   */
  stream(organizationId: string): Observable<MessageEvent> {
    const changes = this.changes.pipe(
      filter((change) => change.organizationId === organizationId),
      map((change): MessageEvent => ({ type: 'process', data: change })),
    );
    const heartbeats = interval(HEARTBEAT_MS).pipe(
      map((): MessageEvent => ({ type: 'heartbeat', data: {} })),
    );
    return merge(changes, heartbeats).pipe(takeUntil(timer(STREAM_LIFETIME_MS)));
  }

  private async listen(): Promise<void> {
    if (this.closing) return;
    const client = new pg.Client({ connectionString: this.config.database.url });
    client.on('notification', (message) => {
      if (message.channel !== PROCESS_CHANGES_CHANNEL || !message.payload) return;
      this.changes.next(JSON.parse(message.payload) as ProcessChange);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'process change listener lost its connection');
      this.reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PROCESS_CHANGES_CHANNEL}`);
      // The module may have closed while this connection was being made.
      if (this.closing) await client.end();
      else this.client = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'process change listener could not connect');
      await client.end().catch(() => undefined);
      this.reconnectLater();
    }
  }

  private reconnectLater(): void {
    if (this.closing) return;
    this.client = undefined;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.listen(), RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}
