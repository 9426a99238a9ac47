/**
 * Dated happenings: a sentence with a resolved date mention outside quotations and a cue that something took
 * place (a meeting, a call, a speech, a sanction, an election…); in a photo caption the date alone is enough.
 */
import type { DateMention } from '../core/dates.js';
import type { IsoDate, SourceRef } from '../core/types.js';
import { foldText, tokenize } from '../core/text.js';
import { EVENT_CUES, REPORTING_VERBS } from './lexicon.js';

export interface RawEvent {
  date: IsoDate;
  text: string;
  excerpt: string;
  source: SourceRef;
}

// Cues by their first word, so each word of a sentence is checked against the few cues it can start.
const CUES = new Map<string, string[][]>();
// The same happenings in English copy: "was re-elected Tuesday", "sacked … on Tuesday", "travelled to Moscow last month".
const ENGLISH_CUES = (
  'met meet meeting meetings talks summit visit visited travelled traveled trip elected election elections vote voted ' +
  'signed announced said told sacked fired rejected interview conference attacked launched held arrived chaired ' +
  'approved passed ruled ruling arrested died won warned declared resigned appointed opened closed hosted'
).split(' ');

// A dated statement is a happening too ("Ngày 5/2, bộ cảnh báo …").
// "Trận đấu … diễn ra vào ngày 15/1", "sinh năm 1982": a fixture and a birth are dated happenings too.
const MORE_CUES = ['chỉ đạo', 'phê duyệt', 'diễn ra', 'trận đấu', 'thi đấu', 'sinh năm', 'sinh ngày'];
for (const c of new Set([...EVENT_CUES, ...REPORTING_VERBS, ...MORE_CUES, ...ENGLISH_CUES])) {
  const seq = c.split(' ');
  CUES.set(seq[0]!, [...(CUES.get(seq[0]!) ?? []), seq]);
}
const MAX_TEXT = 200;
const MIN_CLAUSE = 40;

function hasCue(sentence: string): boolean {
  const toks = tokenize(sentence.toLowerCase());
  return toks.some((t, i) => CUES.get(t)?.some((cue) => cue.every((w, k) => toks[i + k] === w)) ?? false);
}

/** The clause of `sentence` around [start, end): between clause punctuation, widened when too short, ≤ 200 chars. */
export function clauseAround(sentence: string, start: number, end: number, masked = sentence): string {
  // Punctuation inside a quotation ("Hội thảo “Thị trường: cơ hội”") does not end the clause.
  const stops = [...masked.matchAll(/[,;:]\s/g)].map((m) => m.index);
  let a = 0;
  let b = sentence.length;
  for (const s of stops) {
    if (s < start) a = s + 1;
    else if (s >= end && b === sentence.length) b = s;
  }
  // A date in a leading adverbial ("Tới tháng 1/2022, …") needs the clause after it; a short trailing one, the clause before.
  if (b - a < MIN_CLAUSE) {
    const next = stops.find((s) => s > b);
    if (b < sentence.length) b = next ?? sentence.length;
    else {
      const prev = stops.filter((s) => s < a - 1).at(-1);
      a = prev !== undefined ? prev + 1 : 0;
    }
  }
  let text = sentence.slice(a, b).trim();
  if (text.length > MAX_TEXT) {
    const rel = start - sentence.indexOf(text);
    const from = Math.max(0, Math.min(rel - 80, text.length - MAX_TEXT));
    let window = text.slice(from, from + MAX_TEXT);
    if (from > 0) window = window.replace(/^\S*\s+/u, '');
    if (from + MAX_TEXT < text.length) window = window.replace(/\s+\S*$/u, '');
    text = window;
  }
  return text.replace(/[.]+$/u, '').trim();
}

/** "Tháng 3/2023, hai bên …", "Sáng 5/10, …": a sentence that opens on its date and a comma tells what happened then. */
function leadsWithDate(sentence: string, d: DateMention): boolean {
  return /^\s*(?:\p{L}+\s+)?$/u.test(sentence.slice(0, d.start)) && /^\s*,/u.test(sentence.slice(d.end));
}

/** Events of one sentence: one per distinct resolved date. */
export function eventsOfSentence(sentence: string, dates: DateMention[], source: SourceRef, masked = sentence, caption = false): RawEvent[] {
  const resolved = dates.filter((d) => d.date);
  // A photo caption shows something that happened on its date ("Các đại biểu tại hội chợ, sáng 5/10. Ảnh: …").
  if (!resolved.length || tokenize(foldText(sentence)).length < 5 || !(caption || leadsWithDate(sentence, resolved[0]!) || hasCue(sentence))) return [];
  const seen = new Set<string>();
  const out: RawEvent[] = [];
  for (const d of resolved) {
    if (seen.has(d.date!)) continue;
    seen.add(d.date!);
    out.push({ date: d.date, text: clauseAround(sentence, d.start, d.end, masked), excerpt: sentence, source });
  }
  return out;
}
