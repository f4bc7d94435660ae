import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../run-command.js';
import { NGINX_PATH } from '../tools/nginx.js';
import { nginxConfig } from './reverse-proxy.js';

describe('the local cluster’s reverse proxy', () => {
  it('writes a configuration nginx itself accepts (nginx -t), naming every API replica', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qoltanba-nginx-'));
    try {
      const config = nginxConfig({ port: 18_080, upstreamPorts: [18_081, 18_082] });
      await writeFile(join(dir, 'nginx.conf'), config);
      // Where startReverseProxy puts the temporary files nginx writes.
      await mkdir(join(dir, 'temp'));
      const checked = await runCommand(NGINX_PATH, [
        '-t',
        '-p',
        dir,
        '-c',
        join(dir, 'nginx.conf'),
        '-e',
        join(dir, 'error.log'),
      ]);

      expect(checked.stderr).toContain('test is successful');
      expect(config).toContain('server 127.0.0.1:18081');
      expect(config).toContain('server 127.0.0.1:18082');
      expect(config).toContain('listen 127.0.0.1:18080');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers an outage of every replica as the API does: 503, Retry-After and the error body', () => {
    const config = nginxConfig({ port: 18_080, upstreamPorts: [18_081, 18_082] });

    expect(config).toMatch(/error_page 502 504 =503 @unavailable;/);
    expect(config).toMatch(/add_header Retry-After \d+ always;/);
    expect(config).toContain('"code":"SERVICE_UNAVAILABLE"');
  });
});
