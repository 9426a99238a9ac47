/**
 * Watch a corpus folder and report changed article files, debounced, so a burst of writes
 * (a scraper dropping 50 files) becomes one reload.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';

export interface CorpusWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet period before reporting, in ms (default 500). */
  debounceMs?: number;
  /** Called when the watcher itself fails (folder deleted…); watching stops, the bot stays up. */
  onError?: (err: Error) => void;
}

const ARTICLE = /\.(txt|md|json)$/i;

/**
 * Call `onChange` with the names of article (or sidecar) files that changed, after a quiet period.
 * Uses fs.watch (recursive is supported on Linux from Node 20).
 */
export function watchCorpus(dir: string, onChange: (files: string[]) => void, options: WatchOptions = {}): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 500;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;

  const flush = (): void => {
    timer = null;
    const files = [...pending];
    pending.clear();
    if (files.length > 0) onChange(files);
  };

  try {
    watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
      if (!name) return;
      const file = name.toString();
      if (!ARTICLE.test(file) || basename(file).startsWith('.')) return;
      pending.add(file);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    watcher.on('error', (err) => {
      watcher?.close();
      options.onError?.(err);
    });
  } catch (err) {
    options.onError?.(err as Error);
  }

  return {
    close(): void {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
