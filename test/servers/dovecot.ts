// A private Dovecot IMAP server on 127.0.0.1 for integration tests. It installs nothing: the
// Debian package dovecot-imapd must be present (CI installs it with apt). Each instance gets its
// own configuration, users, mail store and sockets in a temporary directory and a random port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface DovecotUser {
  user: string;
  password: string;
}

export interface DovecotOptions {
  users: DovecotUser[];
  /** true: implicit TLS on `port` and STARTTLS-only on `starttlsPort` (ssl = required). */
  ssl?: boolean;
}

export interface DovecotServer {
  host: '127.0.0.1';
  /** Plain IMAP port, or the implicit-TLS (imaps) port when started with ssl. */
  port: number;
  /** With ssl only: a plain IMAP port on which Dovecot demands STARTTLS before login. */
  starttlsPort?: number;
  /** With ssl only: the PEM certificate that signs the server certificate. */
  tls?: { ca: string };
  dir: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Delivers a message into a user's folder (created if missing), bypassing IMAP. */
  append(user: string, folder: string, raw: Buffer): Promise<void>;
  /** Deletes and recreates a folder, which gives it a new UIDVALIDITY. */
  recreateFolder(user: string, folder: string): Promise<void>;
  /** Master process id while running. */
  pid(): number | undefined;
  /** "ip:port" of every TCP socket its processes listen on (Linux /proc), to prove loopback only. */
  listeningAddresses(): Promise<string[]>;
}

const DOVECOT_CANDIDATES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot', '/usr/bin/dovecot'];
const DOVEADM_CANDIDATES = ['/usr/bin/doveadm', '/usr/local/bin/doveadm'];
const INSTALL_HINT =
  'Dovecot is not installed. The IMAP tests need a real server: install dovecot-imapd ' +
  '(Debian/Ubuntu: sudo apt-get install -y dovecot-imapd).';

function findBinary(candidates: string[]): string {
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// Resolves once the plain port greets. Dovecot binds all listeners before it serves any, so the
// TLS port is ready too. The probe says LOGOUT so no half-open login process delays a shutdown.
async function waitForListener(port: number, child: ChildProcess, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Dovecot exited with code ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1');
      const done = (v: boolean) => { sock.destroy(); resolve(v); };
      sock.setTimeout(2000, () => done(false));
      sock.on('error', () => done(false));
      sock.once('data', () => sock.write('p LOGOUT\r\n'));
      sock.on('end', () => done(true));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`Dovecot did not start listening on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Identity {
  runAsRoot: boolean;
  uid: number;
  gid: number;
  userName: string;
  groupName: string;
}

function identity(): Identity {
  const runAsRoot = process.getuid?.() === 0;
  const info = os.userInfo();
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout?.trim() || String(info.gid);
  return { runAsRoot, uid: info.uid, gid: info.gid, userName: info.username, groupName: group };
}

function configText(dir: string, id: Identity, ports: { plain: number; tls: number }, ssl: boolean): string {
  // As root, Dovecot's own unprivileged users run login and mail processes (login refuses root).
  // As an ordinary user (CI runners), every process runs as that user and nothing is chrooted.
  const mailUser = id.runAsRoot ? 'uid=dovecot gid=dovecot' : `uid=${id.uid} gid=${id.gid}`;
  const users = id.runAsRoot
    ? 'default_internal_user = dovecot\ndefault_login_user = dovenull'
    : `default_internal_user = ${id.userName}\ndefault_internal_group = ${id.groupName}\n` +
      `default_login_user = ${id.userName}`;
  const noChroot = id.runAsRoot ? '' : '  chroot =\n';
  const sslBlock = ssl
    ? `ssl = required\nssl_cert = <${dir}/tls/server.pem\nssl_key = <${dir}/tls/server.key\nssl_min_protocol = TLSv1.2`
    : 'ssl = no';
  return `# Private test server; listens on loopback only.
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
${sslBlock}
disable_plaintext_auth = no
# Tests log in with a wrong password on purpose; answer at once. (Dovecot still delays the
# next logins from the same address by a few seconds, so such tests run last in a file.)
auth_failure_delay = 0
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = ${mailUser} home=${dir}/mail/%u
}
mail_location = maildir:~/Maildir
${users}
first_valid_uid = 1
first_valid_gid = 1
service imap-login {
${noChroot}  inet_listener imap {
    address = 127.0.0.1
    port = ${ports.plain}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${ports.tls}
    ssl = yes
  }
}
service anvil {
${noChroot}}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

const running = new Set<ChildProcess>();
// A crashed or interrupted test run must not leave servers behind.
process.once('exit', () => {
  for (const child of running) if (child.pid) killGroup(child.pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export async function startDovecot(options: DovecotOptions): Promise<DovecotServer> {
  const dovecot = findBinary(DOVECOT_CANDIDATES);
  const doveadm = findBinary(DOVEADM_CANDIDATES);
  const id = identity();
  const ssl = options.ssl === true;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dovecot-test-'));
  try {
    return await launchServer(options, dir, { dovecot, doveadm, id, ssl });
  } catch (err) {
    // Nothing is left behind when the server cannot start.
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

async function launchServer(
  options: DovecotOptions,
  dir: string,
  env: { dovecot: string; doveadm: string; id: Identity; ssl: boolean },
): Promise<DovecotServer> {
  const { dovecot, doveadm, id, ssl } = env;
  await chmod(dir, 0o755);
  await mkdir(path.join(dir, 'run'));
  await mkdir(path.join(dir, 'state'));
  await mkdir(path.join(dir, 'mail'));
  if (id.runAsRoot) {
    const { uid, gid } = lookupUser('dovecot');
    await chown(path.join(dir, 'mail'), uid, gid);
  }
  const lines = options.users.map((u) => `${u.user}:{PLAIN}${u.password}`).join('\n');
  await writeFile(path.join(dir, 'users'), `${lines}\n`, { mode: 0o644 });
  let tls: { ca: string } | undefined;
  if (ssl) {
    await mkdir(path.join(dir, 'tls'));
    const cert = await generateTestCertificate(path.join(dir, 'tls'));
    tls = { ca: cert.caPem };
  }
  const confPath = path.join(dir, 'dovecot.conf');
  let child: ChildProcess | undefined;
  let ports = { plain: 0, tls: 0 };

  const launch = async (): Promise<void> => {
    const proc = spawn(dovecot, ['-F', '-c', confPath], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group, so stop() can also end every child process it started.
      detached: true,
    });
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    running.add(proc);
    proc.once('exit', () => running.delete(proc));
    try {
      await waitForListener(ports.plain, proc, 10_000);
    } catch (err) {
      if (proc.pid) killGroup(proc.pid, 'SIGKILL');
      const log = await readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '');
      throw new Error(`${(err as Error).message}\n${stderr}\n${log.slice(-2000)}`);
    }
    child = proc;
  };

  // A port picked as free can be taken before Dovecot binds it; try a few times.
  for (let attempt = 1; ; attempt++) {
    ports = { plain: await freePort(), tls: ssl ? await freePort() : 0 };
    // Without ssl the imaps listener is disabled (port 0), so nothing else is bound.
    await writeFile(confPath, configText(dir, id, ports, ssl));
    try {
      await launch();
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }

  const stop = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc?.pid) return;
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      // The whole group at once: signalled alone, the master waits a second for its children.
      killGroup(proc.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(proc.pid!, 'SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(proc.pid, 'SIGKILL');
  };

  const adm = (args: string[], input?: Buffer): { status: number | null; out: string } => {
    const r = spawnSync(doveadm, ['-c', confPath, ...args], { input, encoding: 'buffer', timeout: 15_000 });
    return { status: r.status, out: `${r.stdout?.toString() ?? ''}${r.stderr?.toString() ?? ''}` };
  };
  const ensureFolder = (user: string, folder: string): void => {
    if (folder.toUpperCase() === 'INBOX') return;
    const r = adm(['mailbox', 'create', '-u', user, folder]);
    if (r.status !== 0 && !/exists/i.test(r.out)) throw new Error(`doveadm mailbox create failed: ${r.out}`);
  };

  return {
    host: '127.0.0.1',
    get port() { return ssl ? ports.tls : ports.plain; },
    starttlsPort: ssl ? ports.plain : undefined,
    tls,
    dir,
    pid: () => child?.pid,
    listeningAddresses: () => (child?.pid ? listeningAddresses(child.pid) : Promise.resolve([])),
    async stop() {
      await stop();
    },
    async restart() {
      await stop();
      await launch();
    },
    async append(user, folder, raw) {
      ensureFolder(user, folder);
      const r = adm(['save', '-u', user, '-m', folder], raw);
      if (r.status !== 0) throw new Error(`doveadm save failed: ${r.out}`);
    },
    async recreateFolder(user, folder) {
      const del = adm(['mailbox', 'delete', '-u', user, folder]);
      if (del.status !== 0) throw new Error(`doveadm mailbox delete failed: ${del.out}`);
      ensureFolder(user, folder);
    },
  };
}

/** Stops the server and removes its directory. */
export async function disposeDovecot(server: DovecotServer): Promise<void> {
  await server.stop();
  await rm(server.dir, { recursive: true, force: true });
}

function lookupUser(name: string): { uid: number; gid: number } {
  const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) throw new Error(`${INSTALL_HINT} (system user "${name}" is missing)`);
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

// A throwaway certificate authority and a server certificate for 127.0.0.1/localhost that it
// signs, so clients can be tested both with the CA (trusted) and without it (refused).
async function generateTestCertificate(tlsDir: string): Promise<{ caPem: string }> {
  const run = (args: string[]): void => {
    const r = spawnSync('openssl', args, { cwd: tlsDir, encoding: 'utf8' });
    if (r.error || r.status !== 0) {
      throw new Error(`openssl ${args[0]} failed (openssl comes with dovecot-core): ${r.error?.message ?? r.stderr}`);
    }
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2',
    '-subj', '/CN=DPO Desk test CA', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  run(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
  await writeFile(path.join(tlsDir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext']);
  await chmod(path.join(tlsDir, 'server.key'), 0o600);
  return { caPem: await readFile(path.join(tlsDir, 'ca.pem'), 'utf8') };
}

// Which TCP addresses the processes of the test server listen on, from /proc (Linux).
async function listeningAddresses(groupId: number): Promise<string[]> {
  const inodes = new Set<string>();
  for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // Field 5 (process group) follows the parenthesised command name.
    const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    if (pgrp !== groupId) continue;
    for (const fd of await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m) inodes.add(m[1]);
    }
  }
  const out: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const rows = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== '0A' || !inodes.has(cols[9])) continue; // 0A = LISTEN
      const [hexIp, hexPort] = cols[1].split(':');
      const ip = hexIp.length === 8
        ? hexIp.match(/../g)!.reverse().map((b) => parseInt(b, 16)).join('.')
        : `[ipv6 ${hexIp}]`;
      out.push(`${ip}:${parseInt(hexPort, 16)}`);
    }
  }
  return out.sort();
}
