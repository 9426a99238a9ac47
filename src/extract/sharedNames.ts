/**
 * Two people of one article called by the same word ("ông Nguyễn Văn Hùng" and "ông Trần Mạnh Hùng", then "ông Hùng"):
 * which one a short form means. Counting who is named more often picks one of them blindly; the page tells them apart
 * by a title written with the short form, by the paragraph that named one of them, or by who spoke last.
 */
import type { Gender } from './mentionTypes.js';
import type { SpeakerEntry } from './speakerEntry.js';
import { roleFits } from './roleShapes.js';

export interface ShortForm {
  gender: Gender;
  role: string | null;
}

/**
 * The one of `same` (two or more people called by the short form) that `m` means: the one its title or form of
 * address fits; else the one named in the current paragraph (`paragraph`, most recent last); else the last speaker if
 * one of them. Two of them in the paragraph, or none and another last speaker: null (a blank, not a guess).
 */
export function sharedNameMeant(
  m: ShortForm,
  same: readonly SpeakerEntry[],
  paragraph: readonly SpeakerEntry[],
  lastSpeaker: SpeakerEntry | null,
): SpeakerEntry | null {
  let fit = same.filter((x) => !m.gender || !x.gender || x.gender === m.gender);
  if (fit.length <= 1) return fit[0] ?? null;
  if (m.role) {
    const titled = fit.filter((x) => [...x.roles.keys()].some((r) => roleFits(m.role!, r)));
    if (titled.length === 1) return titled[0]!;
    if (titled.length > 1) fit = titled;
  }
  const here = fit.filter((x) => paragraph.includes(x));
  if (here.length === 1) return here[0]!;
  if (here.length > 1) return null;
  return lastSpeaker && fit.includes(lastSpeaker) ? lastSpeaker : null;
}
