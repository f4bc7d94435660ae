import { randomBytes } from 'node:crypto';
import { describe, expect, it, jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { SecretBox } from '../common/crypto/secret-box.js';
import type { AppConfig } from '../config/app-config.js';
import type { AppLogger } from '../logging/app-logger.js';
import { OutboxSmsGateway } from './outbox-sms.gateway.js';

const TEXT = 'Qoltanba: your temporary password is Xy7kQ2mnP4. You will choose your own at first log-in.';

function gateway(nodeEnv: AppConfig['nodeEnv']) {
  const box = new SecretBox(randomBytes(32));
  const rows: unknown[][] = [];
  const dataSource = { query: async (_sql: string, params: unknown[]) => void rows.push(params) };
  const logged: unknown[] = [];
  const logger = { info: (...args: unknown[]) => void logged.push(args) };
  const sms = new OutboxSmsGateway(
    dataSource as unknown as DataSource,
    box,
    { nodeEnv } as AppConfig,
    logger as unknown as AppLogger,
  );
  return { sms, box, rows, logged };
}

describe(OutboxSmsGateway.name, () => {
  it('writes the message sealed to the outbox and logs only that it was queued', async () => {
    const { sms, box, rows, logged } = gateway('production');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const id = await sms.send({ to: '+77011234567', purpose: 'TEMPORARY_PASSWORD', text: TEXT });
      const [params] = rows as [string, string, string, string][];
      expect(params!.slice(0, 3)).toEqual([id, '+77011234567', 'TEMPORARY_PASSWORD']);
      expect(params![3]).not.toContain('Xy7kQ2mnP4');
      expect(box.open(params![3], `sms:${id}`).toString()).toBe(TEXT);
      expect(JSON.stringify(logged)).not.toContain('Xy7kQ2mnP4');
      expect(JSON.stringify(logged)).toContain('+7701***4567');
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
  });

  it('shows the text on one dedicated console line in development only', async () => {
    const { sms } = gateway('development');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await sms.send({ to: '+77011234567', purpose: 'TEMPORARY_PASSWORD', text: TEXT });
      expect(write).toHaveBeenCalledTimes(1);
      expect(String(write.mock.calls[0]![0])).toBe(`[dev SMS → +77011234567] ${TEXT}\n`);
    } finally {
      write.mockRestore();
    }
  });
});
