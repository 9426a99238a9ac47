/**
 * YAML-ish front matter (`---\ntitle: …\ndate: …\n---`) at the top of an article. Only flat
 * `key: value` lines are read: that is all article exports write, and it needs no YAML parser.
 */

export interface FrontMatter {
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
  author?: string;
}

// Key spellings seen in exports, mapped onto our fields.
const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  'tiêu đề': 'title',
  url: 'url',
  link: 'url',
  source_url: 'url',
  date: 'published',
  published: 'published',
  published_at: 'published',
  'ngày': 'published',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  author: 'author',
  'tác giả': 'author',
};

/** Splits off front matter; `body` is the text after the closing `---` (or all text when there is none). */
export function splitFrontMatter(text: string): { meta: FrontMatter | null; body: string } {
  const m = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: null, body: text };
  const meta: FrontMatter = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^\s*([^:#]+?)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const field = KEYS[kv[1]!.toLowerCase()];
    const value = unquote(kv[2]!.trim());
    if (field && value && meta[field] === undefined) meta[field] = value;
  }
  return { meta, body: text.slice(m[0].length) };
}

function unquote(v: string): string {
  const q = /^(["'])(.*)\1$/.exec(v);
  return (q ? q[2]! : v).trim();
}
