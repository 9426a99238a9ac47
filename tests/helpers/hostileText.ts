/**
 * Article-shaped hostile text: a headline, a dateline and a body made of one hostile family, at any size. Shared by
 * the property test (tests/hardening/hostileText.test.ts) and the benchmark (scripts/benchHostile.ts).
 */

/** A family of hostile bodies: `unit(i)` is the i-th piece; pieces are repeated up to the size asked. */
export interface HostileFamily {
  name: string;
  /** What a page of this family looks like, for the benchmark table. */
  about: string;
  unit: (i: number) => string;
}

const VERBS = ['nói', 'cho biết', 'khẳng định', 'nhấn mạnh', 'tuyên bố', 'said', 'told', 'theo'];
const SCRIPTS = ['Nguyễn Văn Ánh', 'Путин сказал', '北京表示', 'قال الوزير', 'שלום', '😀👍🏽', 'Ελλάδα', 'ﬁ', '\u0301\u0323'];

export const HOSTILE_FAMILIES: HostileFamily[] = [
  { name: 'spaces', about: 'one line of spaces', unit: () => ' ' },
  { name: 'quotes', about: 'alternating “a” ', unit: () => '“a” ' },
  { name: 'open-quotes', about: 'opening quote marks only', unit: () => '“' },
  { name: 'straight-quotes', about: '"a" repeated', unit: () => '"a" ' },
  { name: 'brackets', about: 'nested and unclosed brackets', unit: (i) => (i % 3 === 0 ? '(' : i % 3 === 1 ? '[a] ' : '(b) ') },
  { name: 'punct-run', about: ' : . | repeated (furniture tails)', unit: () => ' :.|' },
  { name: 'verbs', about: 'reporting verbs, no quotes', unit: (i) => `${VERBS[i % VERBS.length]} ` },
  { name: 'verbs-quoted', about: 'Ông A nói: “…” repeated without stops', unit: (i) => `Ông Lê Văn A${i % 7} ${VERBS[i % VERBS.length]}: “việc ${i}” ` },
  { name: 'no-punct', about: 'words without punctuation or newline', unit: (i) => `chữ${i % 10} ` },
  { name: 'capitals', about: 'capitalised words (one long name)', unit: (i) => `Hà${String.fromCharCode(65 + (i % 26))} ` },
  { name: 'mixed-scripts', about: 'Latin, Vietnamese, Cyrillic, CJK, Arabic, Hebrew, emoji, combining marks', unit: (i) => `${SCRIPTS[i % SCRIPTS.length]} ` },
  { name: 'digits-dates', about: 'dates and numbers without words', unit: (i) => `${(i % 28) + 1}/${(i % 12) + 1}/20${10 + (i % 15)} ` },
  { name: 'short-lines', about: 'many short lines', unit: (i) => (i % 2 ? 'Ông A nói\n' : '“x”\n') },
];

/** Where the hostile run sits: the page's first line, the line under the headline, or a body paragraph. */
export type HostilePlace = 'first' | 'head' | 'body';
export const HOSTILE_PLACES: HostilePlace[] = ['first', 'head', 'body'];

/**
 * An article of about `bytes` UTF-8 bytes holding the family repeated as one line, at `place`, between ordinary
 * lines. A word closes the hostile line: a run that reached the end of its line would be trimmed away. `tag` opens it:
 * a different tag makes a different line, so a benchmark's repeated runs miss the per-line caches.
 */
export function hostileArticle(family: HostileFamily, bytes: number, place: HostilePlace = 'body', tag = 'a'): string {
  const parts: string[] = [];
  let size = 0;
  // A generated family can be all empty pieces: stop when a whole cycle of units added nothing.
  for (let i = 0, emptyRun = 0; size < bytes && emptyRun < 1000; i++) {
    const u = family.unit(i);
    parts.push(u);
    size += Buffer.byteLength(u);
    emptyRun = u.length === 0 ? emptyRun + 1 : 0;
  }
  const run = `${tag}${parts.join('')}x`;
  const title = 'Thành phố mở thêm tuyến xe buýt điện mới';
  const lede = 'Hà Nội, 5/10/2024 - Bộ trưởng Lê Văn Hải nói: “Chúng tôi sẽ mở thêm ba tuyến xe buýt trong năm nay”.';
  const last = 'Bà Trần Thu Hà cho biết: “Thành phố đã trồng thêm hai nghìn cây xanh ven sông”.';
  if (place === 'first') return `${run}

${lede}

${last}
`;
  if (place === 'head') return `${title}
${run}
${lede}

${last}
`;
  return `${title}

${lede}

${run}

${last}
`;
}
