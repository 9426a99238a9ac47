/**
 * "Sở Nông nghiệp và Phát triển nông thôn tỉnh X đã có văn bản …. Sở khẳng định …", "Hiệp hội cho rằng …": once a
 * body is named, the press calls it by its kind alone, capitalised as in its name. Only a kind that is the whole
 * subject of its verb is read so ("Sở dĩ …", "Bộ đội biên phòng …", "Trường hợp …" are other words), and it stands
 * for the one body of that kind the article has named so far; with none, or several, for no one.
 */
import type { Mention } from './mentions.js';

// Kinds of body the press writes alone for a body it has named (capitalised, as in the body's name).
const KINDS = new Set(['Bộ', 'Sở', 'Cục', 'Tổng cục', 'Hiệp hội', 'Công ty', 'Tập đoàn', 'Tổng công ty', 'Ngân hàng', 'Bệnh viện', 'Trung tâm', 'Viện', 'Trường', 'Hãng', 'Quỹ', 'Ủy ban', 'Uỷ ban']);
// Between the kind and its verb only adverbs may stand: "Sở cũng cho biết", "Bộ đã khẳng định".
const ADVERBS_ONLY = /^\s*(?:(?:cũng|đã|vừa|mới|còn|sau đó|đồng thời|tiếp tục|thì|vẫn|từng)\s+)*$/u;

/** Whether `m`, read from `phrase` (the words right before a reporting verb), is a kind of body standing alone. */
export function isBareKind(phrase: string, m: Mention): boolean {
  return m.type === 'org' && KINDS.has(m.name) && m.surface === m.name && phrase.slice(0, m.start).trim() === '' && ADVERBS_ONLY.test(phrase.slice(m.end));
}

/**
 * The one body named so far (`bodies`, as written) whose name opens with `kind`, if it has spoken (`spoke`): a body
 * only mentioned may be one the reading took words of the sentence into ("Hiệp hội X ra văn bản"); null for none,
 * several, or one that has not spoken.
 */
export function bodyOfKind(kind: string, bodies: readonly string[], spoke: (name: string) => boolean): string | null {
  const named = [...new Set(bodies)].filter((b) => b.startsWith(`${kind} `));
  return named.length === 1 && spoke(named[0]!) ? named[0]! : null;
}
