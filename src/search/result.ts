/**
 * A ranked unit as an AnswerResult: its words, the excerpt around them, speaker, date, every source, and the
 * question's words found in it (as typed, for bolding).
 */
import { splitSentences } from '../core/text.js';
import type { AnswerResult } from '../core/types.js';
import { paragraphAt } from '../paragraphText.js';
import { splitWords } from './analyze.js';
import type { Clause } from './clauses.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import type { Candidate } from './rank.js';
import { indexTextOf, type Unit } from './units.js';

function excerptOf(e: Engine, u: Unit): string {
  if (u.excerpt) return u.excerpt;
  const doc = e.extraction.documents[u.doc];
  const paragraph = doc && paragraphAt(doc, u.para);
  if (!paragraph) return u.text;
  const sentences = splitSentences(paragraph);
  return sentences.slice(Math.max(0, u.sent - 1), u.sent + 2).join(' ');
}

export function toResult(e: Engine, c: Candidate, clauses: Clause[], p: ParsedQuestion | null): AnswerResult {
  const u = e.unit(c.unit);
  const text = ` ${splitWords(`${indexTextOf(u)} ${u.speaker ?? ''}`).folded.join(' ')} `;
  const matched = new Set<string>();
  for (const cl of clauses) for (const f of cl.forms) if (text.includes(` ${f} `)) matched.add(f);
  for (const sp of p?.mentioned ?? []) {
    for (const w of splitWords(sp.name).folded) if (text.includes(` ${w} `)) matched.add(w);
  }
  // A word typed with diacritics is matched as typed, so "phạt" does not bold "Phát" (decision 9).
  const typed = new Map<string, string>();
  for (const w of p?.words ?? []) if (w.lower !== w.folded) typed.set(w.folded, w.lower);
  return {
    type: u.type,
    text: u.text,
    excerpt: excerptOf(e, u),
    speaker: u.speaker,
    date: u.date ?? c.date ?? null,
    source: u.sources[0]!,
    sources: u.sources,
    matched: [...matched].map((f) => f.split(' ').map((w) => typed.get(w) ?? w).join(' ')),
    score: Math.round(c.score * 1000) / 1000,
    ...(u.type === 'quote' && u.kind ? { kind: u.kind, dateSource: u.dateSource } : u.type === 'event' && u.dateSource ? { dateSource: u.dateSource } : {}),
  };
}
