/**
 * The hỏi and ngã tones are the pair Vietnamese writers most often confuse ("tăng trưỡng" for "tăng trưởng", "lừa đão"
 * for "lừa đảo"): a word typed with one may be read with the other (clauses.ts decides when).
 */
const HOI = '\u0309';
const NGA = '\u0303';

/** A lower-case word with its hỏi tone written as ngã and the other way round (NFC in, NFC out). */
export function swapHoiNga(lower: string): string {
  const nfd = lower.normalize('NFD');
  if (!nfd.includes(HOI) && !nfd.includes(NGA)) return lower;
  return nfd.replace(/[\u0309\u0303]/gu, (m) => (m === HOI ? NGA : HOI)).normalize('NFC');
}
