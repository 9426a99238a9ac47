/**
 * The shapes of what a phrase names, shared by the readers of names (mentions.ts, englishBodies.ts, epithets.ts,
 * speakers.ts) without tying them to one another.
 */

export type Gender = 'm' | 'f' | null;

/** What a phrase names. `person.name` is the name as written (no honorific, no role). */
export type Mention =
  /** `bare`: a capitalised run with no honorific or role before it — weak evidence that it names a person. */
  | { type: 'person'; name: string; role: string | null; gender: Gender; bare: boolean; surface: string; start: number; end: number }
  /** `anaphor`: a kind of body alone as the whole subject ("Sở khẳng định"), standing for a body named before. */
  | { type: 'org'; name: string; surface: string; start: number; end: number; anaphor?: boolean }
  /** `orCountry`: "Anh" opening a sentence, which may be the country (openingAnh.ts). */
  | { type: 'pronoun'; gender: Gender; surface: string; start: number; end: number; orCountry?: boolean }
  /** `back`: a demonstrative follows ("hiệu trưởng này", "ca sĩ ấy"): someone named before is meant. */
  | { type: 'role'; role: string; surface: string; start: number; end: number; back?: boolean }
  | { type: 'nonSpeaker'; surface: string; start: number; end: number };
