/**
 * The walk of a corpus folder: which files are articles, which links and folders are refused and why, in words a
 * person can act on.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { SkippedFile } from '../core/types.js';

/**
 * What the folder walk saw of an article file, which spares reading it a few system calls (about a third of the
 * loader's time for files already in the page cache, mostly the two realpath calls).
 */
export interface FileSeen {
  /** Listed as a regular file, not a link: it lies in the folder walked, and is opened without following a link. */
  plain: boolean;
  /** Whether its folder lists NAME.json; false: no sidecar is looked for. */
  sidecar: boolean;
}

const ARTICLE_EXT = new Set(['.txt', '.md']);

const isArticleName = (name: string): boolean => ARTICLE_EXT.has(extname(name).toLowerCase());

/** Whether a real path lies outside the real corpus folder `root`. */
export const isOutside = (real: string, root: string): boolean => real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep);

/** The reason a link out of the corpus folder is not read. */
export const OUTSIDE = (kind: 'file' | 'folder', real: string): string =>
  `link to a ${kind} outside the corpus folder (${real}); not read`;

/** A file-system error as a reason a person can act on. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied (EACCES)';
    case 'ELOOP':
      return 'symlink loop: the link points back to itself';
    case 'ENOENT':
      return 'broken symlink or file vanished (ENOENT)';
    case 'EISDIR':
      return 'is a directory, not an article file';
    default:
      return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

/** An article file the walk found: its absolute path, its path under the corpus folder, and its name. */
export interface Candidate {
  abs: string;
  rel: string;
  name: string;
  seen: FileSeen;
}

/**
 * The path of `abs` under `root`, with forward slashes. A path inside root is cut rather than given to
 * path.relative, which resolves both paths at each call (half of the walk in a profile of a restart).
 */
function relativeName(root: string, abs: string): string {
  const rel = abs.startsWith(root + sep) ? abs.slice(root.length + 1) : relative(root, abs);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Walk `dir` into `found` (article files) and `skipped` (refused links and folders); `seen` holds real folder paths read. */
export async function walk(root: string, rootReal: string, dir: string, seen: Set<string>, found: Candidate[], skipped: SkippedFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = join(dir, entry.name);
    const rel = relativeName(root, abs);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        isDir = (await stat(abs)).isDirectory();
        real = await realpath(abs);
      } catch (err) {
        if (isArticleName(entry.name) || (err as NodeJS.ErrnoException).code === 'ELOOP') {
          skipped.push({ file: rel, reason: fsReason(err) });
        }
        continue;
      }
      // Links inside the corpus folder work; a link out of it would serve any file the bot can read.
      if (isOutside(real, rootReal)) {
        if (isDir || isArticleName(entry.name)) skipped.push({ file: rel, reason: OUTSIDE(isDir ? 'folder' : 'file', real) });
        continue;
      }
    }
    if (isDir) {
      if (isArticleName(entry.name)) {
        skipped.push({ file: rel, reason: 'is a directory named like an article; not read' });
        continue;
      }
      let real: string;
      try {
        real = await realpath(abs);
      } catch (err) {
        skipped.push({ file: rel, reason: fsReason(err) });
        continue;
      }
      if (seen.has(real)) {
        skipped.push({ file: rel, reason: 'symlink loop: folder links back to a folder already read' });
        continue;
      }
      seen.add(real);
      try {
        await walk(root, rootReal, abs, seen, found, skipped);
      } catch (err) {
        skipped.push({ file: rel, reason: `folder ${fsReason(err)}` });
      }
    } else if (isArticleName(entry.name)) {
      const sidecar = names.has(`${entry.name.slice(0, entry.name.length - extname(entry.name).length)}.json`);
      found.push({ abs, rel, name: entry.name, seen: { plain: entry.isFile(), sidecar } });
    }
  }
}
