/**
 * Starting a worker thread on a module of this program, whether it runs from source (tsx) or built.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

// Node 20 does not apply `--import tsx` from execArgv to a worker's entry file, so a worker run from source
// registers tsx itself before importing the TypeScript entry. tsx is found from this file, not from the working
// directory: an eval'd worker resolves bare names from the cwd, which failed whenever the bot ran elsewhere.
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

/**
 * A worker running `module` (a path relative to `from`, written without extension): the TypeScript file through
 * tsx when `from` is a source file, else the built JavaScript file. `data` arrives as `workerData.data`.
 */
export function startWorker(from: string, module: string, data?: unknown, resourceLimits?: ResourceLimits): Worker {
  const fromSource = from.endsWith('.ts');
  const url = new URL(`${module}${fromSource ? '.ts' : '.js'}`, from);
  return fromSource
    ? new Worker(TSX_BOOTSTRAP, { eval: true, resourceLimits, workerData: { entry: url.href, tsx: import.meta.resolve('tsx/esm/api'), data } })
    : new Worker(url, { resourceLimits, workerData: { data } });
}
