/**
 * A title, a comma, then the person who holds it called by a form of address: "HLV trưởng Sông Lam, ông Y, dành lời
 * khen …: “…”". What the parser read as a name right after the title is then the team or body, and Y speaks.
 */
import type { Mention } from './mentions.js';

// A form of address opening a person's mention: "ông Y", "bà Z".
const HONORIFIC_START = /^(?:ông|bà|anh|chị)\s/iu;

/**
 * "HLV trưởng Sông Lam, ông Y, dành lời khen …": a title, a comma, then a person called by a form of address; that person
 * holds the title, and what the parser read as a name after the title is the team or body ("Sông Lam").
 */
export function addressedAfterTitle(head: string, first: Mention, mentions: Mention[]): Mention | null {
  if (first.type !== 'role' && !(first.type === 'person' && first.role)) return null;
  const next = mentions.find((m) => m.start >= first.end);
  if (!next || next.type !== 'person' || next.bare || next.role || !/^\s*,\s*$/u.test(head.slice(first.end, next.start))) return null;
  return HONORIFIC_START.test(next.surface) ? next : null;
}
