/**
 * Optional metadata next to an article: `NAME.json` beside `NAME.txt`. A broken sidecar never stops
 * the article from loading; it only adds a warning.
 */
import type { ArticleSidecar } from './parse.js';

const FIELDS = ['title', 'url', 'published', 'outlet', 'author'] as const;

/** Parse sidecar JSON text into metadata plus warnings naming what was wrong. */
export function parseSidecar(name: string, json: string): { sidecar: ArticleSidecar; warnings: string[] } {
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\ufeff/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { sidecar: {}, warnings: [`sidecar ${name} is not valid JSON (${why}); ignored`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { sidecar: {}, warnings: [`sidecar ${name} is not a JSON object; ignored`] };
  }
  const obj = data as Record<string, unknown>;
  // `date` is the usual key in scraper output; `published` is ours.
  if (obj.published === undefined && obj.date !== undefined) obj.published = obj.date;
  const sidecar: ArticleSidecar = {};
  for (const key of FIELDS) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') sidecar[key] = v;
    else warnings.push(`sidecar ${name}: "${key}" should be text; ignored`);
  }
  return { sidecar, warnings };
}
