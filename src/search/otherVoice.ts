/**
 * "X nói gì về Y" with X a name the question capitalises and no known speaker ("Thu Quyên nói gì về album của Y"): a
 * statement the extraction gives to another named speaker, whose name, aliases and office do not hold X and whose
 * sentence does not name X, is someone else's words (often Y's own, when Y is a person), not X's. It comes after the
 * sentences that name X (BONUS.otherVoice in rank.ts), which is where X's unattributed words stand.
 */
import { splitWords } from './analyze.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';

/** The folded words of a capitalised subject of a reported question ("Thu Quyên" → ['thu', 'quyen']), or null. */
export function namedSubject(p: ParsedQuestion | null): string[] | null {
  if (!p?.reported || p.intent !== 'topic' || p.speaker) return null;
  const subject = p.words.filter((w) => w.subject);
  if (subject.length < 2 || subject.some((w) => !w.capital)) return null;
  return subject.map((w) => w.folded);
}

/** Whether unit `i` is a statement of a named speaker that neither is nor names the subject (see the file comment). */
export function otherVoice(e: Engine, i: number, subject: readonly string[]): boolean {
  const id = e.units.speakerId(i);
  if (!id || e.units.type(i) !== 'quote') return false;
  const sp = e.directory.byId.get(id);
  if (!sp) return false;
  const holds = (text: string): boolean => {
    const words = new Set(splitWords(text).folded);
    return subject.every((w) => words.has(w));
  };
  return !holds([sp.name, ...sp.aliases, sp.role ?? ''].join(' ')) && !holds(e.unit(i).excerpt ?? e.units.text(i));
}
