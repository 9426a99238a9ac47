/**
 * Runs an entry point (src/main.ts or src/cli.ts) as a separate process, the way a person starts it, but
 * deterministically: the working directory is a fresh temp folder (so no developer `.env` is loaded and nothing is
 * written into the repository) and every setting the program reads is removed from the inherited environment.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Every key src/config.ts, src/cli.ts and src/main.ts read; a value in the test runner's shell must not leak in. */
const APP_KEYS = [
  'DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_BASE', 'CORPUS_DIR', 'DATA_DIR', 'LOG_LEVEL', 'DIGEST_DEFAULT_TIMEZONE',
  'DIGEST_DEFAULT_TIME', 'DIGEST_MAX_FAILURES', 'COOLDOWN_SECONDS', 'WATCH_CORPUS', 'SHARDS',
];

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start `src/<entry>.ts` with these arguments, environment and stdin; resolve when it exits (or reject after `timeoutMs`). */
export function runEntry(
  entry: 'main' | 'cli',
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string; timeoutMs?: number },
): Promise<RunResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !APP_KEYS.includes(k)) env[k] = v;
  Object.assign(env, options.env ?? {});
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, 'src', `${entry}.ts`), ...args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} ${args.join(' ')} did not exit within ${options.timeoutMs ?? 30_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
