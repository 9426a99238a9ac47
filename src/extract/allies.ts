/**
 * A country's partners beside it as the subject of a stand: "Mỹ và các đồng minh cáo buộc …", "Nga và Trung Quốc
 * khẳng định …". Like a country alone (attribution.ts, placeSubjectAttribution), they say it through their governments,
 * with no one to name.
 */
import { findMentions } from './mentions.js';

// "Mỹ và các đồng minh cáo buộc …": a country's allies or partners share its stand.
const ALLIES = /^\s*(?:và|cùng)\s+(?:các\s+|những\s+)?(?:nước\s+)?(?:đồng minh|đối tác)(?:\s+(?:của\s+)?(?:mình|họ|phương Tây))?(?![\p{L}\p{M}])/u;

/**
 * How many characters after a country name its partners take: "và các đồng minh", or "và" another country ("Nga và
 * Trung Quốc khẳng định …"); 0 when neither follows.
 */
export function alliesAfter(rest: string, knownName: (n: string) => boolean): number {
  const allies = ALLIES.exec(rest);
  if (allies) return allies[0].length;
  const and = /^\s*và\s+/u.exec(rest);
  const next = and ? findMentions(rest.slice(and[0].length), knownName)[0] : undefined;
  return next && next.type === 'nonSpeaker' && next.start === 0 ? and![0].length + next.end : 0;
}

