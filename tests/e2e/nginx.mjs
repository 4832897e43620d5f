// Serves a build with Debian's nginx and deploy/nginx.conf, on a free loopback port, with a prefix
// of its own in a temporary folder (its pid file, logs and temp files): the machine's nginx
// configuration is never read or changed. `E2E_SERVER=nginx` makes serveApp() use it.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitUntilServing(url, child, log, stderr) {
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) {
      const logged = existsSync(log) ? readFileSync(log, 'utf8') : '';
      throw new Error(`nginx exited with ${child.exitCode}:\n${stderr()}${logged}`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch (error) {
      if (attempt > 200) throw new Error(`nginx did not answer at ${url}: ${error.message}`);
      // Wait for the process to write something or die, not for a fixed time.
      await new Promise((ok) => { child.stderr.once('data', ok); setImmediate(ok); });
    }
  }
}

/** Starts nginx on `root` with deploy/nginx.conf; resolves to `{ url, port, close }`. */
export async function serveWithNginx({ root, configFile }) {
  const prefix = mkdtempSync(join(tmpdir(), 'siap-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  const config = readFileSync(configFile, 'utf8')
    .replace('listen SIAP_LISTEN;', `listen 127.0.0.1:${port};`)
    .replace('root SIAP_ROOT;', `root ${resolve(root)};`);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, config);
  const log = join(prefix, 'logs', 'error.log');
  const globals = [`daemon off;`, `pid ${join(prefix, 'nginx.pid')};`, `error_log ${log} warn;`];
  // As root, nginx's workers would switch to an unprivileged user that cannot read a test folder.
  if (process.getuid && process.getuid() === 0) globals.push('user root;');
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', globals.join(' ')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(url, child, log, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    url,
    port,
    close: async () => {
      if (closed) return;
      closed = true;
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
