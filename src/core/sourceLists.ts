/**
 * Source lists of merged items (a statement, event or sentence carried by several articles), one entry per file.
 */
import type { SourceRef } from './types.js';

/**
 * Adds sources to lists once per file. A wire story reprinted by hundreds of outlets makes long lists, so past a
 * few entries a list's files are kept in a set rather than scanned. Meant for one build; dropped with it.
 */
export class SourceLists {
  private readonly files = new Map<SourceRef[], Set<string>>();

  /** Append `s` to `sources` unless a source of the same file is there. */
  add(sources: SourceRef[], s: SourceRef): void {
    let set = this.files.get(sources);
    if (!set) {
      if (sources.length < 8) {
        if (!sources.some((x) => x.file === s.file)) sources.push(s);
        return;
      }
      this.files.set(sources, (set = new Set(sources.map((x) => x.file))));
    }
    if (set.has(s.file)) return;
    set.add(s.file);
    sources.push(s);
  }
}
