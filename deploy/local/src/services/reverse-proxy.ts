import { spawn } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertPortFree } from '../ports.js';
import { ToolError } from '../tool-error.js';
import { waitForApi } from './api-health.js';
import { stopWithThisProcess } from './orphan-guard.js';
import { logOutputTo } from './output-log.js';
import { stopChild } from './stop-child.js';

export interface ReverseProxyOptions {
  nginx: string;
  /** Where its configuration, temporary files and error log go. */
  dir: string;
  port: number;
  /** The API replicas' ports on 127.0.0.1. */
  upstreamPorts: readonly number[];
}

export interface RunningProxy {
  url: string;
  stop(): Promise<void>;
}

/** nginx in the foreground, in front of the API replicas; resolves once it answers. */
export async function startReverseProxy(options: ReverseProxyOptions): Promise<RunningProxy> {
  await assertPortFree(options.port, 'the reverse proxy', 'PORT');
  await mkdir(join(options.dir, 'temp'), { recursive: true });
  // Run as root, nginx's workers drop to `nobody`: a large request body is written here by them.
  await chmod(join(options.dir, 'temp'), 0o1777);
  const configFile = join(options.dir, 'nginx.conf');
  await writeFile(configFile, nginxConfig(options));
  // -p: every relative path (pid, temp folders) under our folder, nothing under /var.
  const child = spawn(
    options.nginx,
    ['-p', options.dir, '-c', configFile, '-e', join(options.dir, 'error.log')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  stopWithThisProcess(child);
  logOutputTo(child, join(options.dir, 'nginx.log'));
  const url = `http://127.0.0.1:${options.port}`;
  // Any answer (a 503 while no replica is up yet) means nginx listens.
  const gaveUp = () => child.exitCode !== null;
  if (await waitForApi(url, { timeoutMs: 10_000, anyStatus: true, gaveUp })) {
    return { url, stop: () => stopChild(child) };
  }
  await stopChild(child);
  throw new ToolError(
    'nginx did not start in front of the API replicas.',
    `See ${join(options.dir, 'error.log')}.`,
  );
}

/**
 * A replica that refuses connections (killed, restarting) is skipped for 2 s and the request goes
 * to the next one; nginx retries a POST only when it never reached a replica, so nothing is done
 * twice. With no replica left it answers what the API answers for an outage: 503, Retry-After, the
 * error body. Responses are not buffered: the live updates are a server-sent event stream.
 */
export function nginxConfig(options: Pick<ReverseProxyOptions, 'port' | 'upstreamPorts'>): string {
  const servers = options.upstreamPorts
    .map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`)
    .join('\n');
  const unavailable = JSON.stringify({
    code: 'SERVICE_UNAVAILABLE',
    message: 'The service is briefly unavailable. Please try again in a moment.',
  });
  return `daemon off;
master_process on;
worker_processes 1;
pid nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path temp/body;
  proxy_temp_path temp/proxy;
  fastcgi_temp_path temp/fastcgi;
  uwsgi_temp_path temp/uwsgi;
  scgi_temp_path temp/scgi;
  # Above the API's own limits, so that the API, not the proxy, says what is too large.
  client_max_body_size 20m;
  upstream qoltanba_api {
${servers}
    keepalive 32;
    # Below the API's own 65 s, so nginx, not the API, closes an idle connection (no 502 race).
    keepalive_timeout 30s;
  }
  server {
    listen 127.0.0.1:${options.port};
    location / {
      proxy_pass http://qoltanba_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 1h;
      proxy_buffering off;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
    }
    error_page 502 504 =503 @unavailable;
    location @unavailable {
      add_header Retry-After 2 always;
      default_type application/json;
      return 503 '${unavailable}';
    }
  }
}
`;
}
