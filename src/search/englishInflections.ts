import { englishBaseForms, englishForms, irregularBase } from './lexicon.js';

/**
 * An English word's other inflections ("profit" ↔ "profits", "fall" ↔ "fell", "falling", "ban" ↔ "banned"), read from
 * its plural and verb endings both ways: an English question writes a word in one form, the article in another.
 * Derivations ("diplomat" ↔ "diplomatic") are other words and stay apart. Words whose final "s" is not a plural
 * ("news", "press", "status", "crisis") are not stripped.
 */
export function englishInflections(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const bases = /(ss|us|is|news)$/.test(word) ? [] : englishBaseForms(word);
  const irregular = irregularBase(word);
  if (irregular) bases.push(irregular);
  const out = new Set<string>();
  for (const base of [word, ...bases]) for (const form of englishForms(base)) out.add(form);
  // A doubled final consonant before -ed/-ing ("banned", "planning"): CVC words of one syllable.
  for (const base of [word, ...bases]) {
    if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base)) out.add(`${base}${base.at(-1)}ed`).add(`${base}${base.at(-1)}ing`);
    const m = /^([a-z]+?)([bdgmnprt])\2(ed|ing)$/.exec(base);
    if (m && m[1]!.length >= 2) out.add(m[1]! + m[2]!);
  }
  out.delete(word);
  return [...out];
}
