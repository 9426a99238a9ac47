/**
 * Who speaks across a sentence that reports no quotation of its own: the speaker of unquoted speech (speechStatement),
 * the one a sentence announces ("Ông X nói:", introducer), and whether narration has turned from the last speaker to
 * someone else (aboutSomeoneElse). document.ts carries the last speaker from sentence to sentence with them.
 */
import type { ArticleContext } from './context.js';
import type { Mention } from './mentions.js';
import type { Statement } from './statements.js';
import type { UnquotedSpeech } from './unquoted.js';
import { leftAttribution } from './attribution.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';
import type { LastStatement } from './reading.js';

// A short opening phrase before a sentence's subject ("Tại hậu trường, ").
const SUBJECT_START = /^[^,§]{0,40},\s*$/u;
// Narration of what people at large say or believe ("dư luận rộ lên …", "người ta đồn …").
const CROWD = /(?:^|[^\p{L}\p{M}])(?:dư luận|người ta|cư dân mạng|nhiều người|the public|rumou?rs?)(?![\p{L}\p{M}])/iu;

/** Whether a sentence that reports nothing is about someone other than `speaker`: another person, a role, a body, the crowd. */
export function aboutSomeoneElse(masked: string, mentions: Mention[], speaker: SpeakerEntry, registry: SpeakerRegistry): boolean {
  if (CROWD.test(masked)) return true;
  return mentions.some((m) => {
    if (m.type === 'role' || m.type === 'org') return true;
    if (m.type !== 'person') return false;
    const e = registry.resolveName(m.name);
    // A bare name opening the sentence ("Hạ Vy tiết lộ …") is its subject, a person the cast may not know.
    return e !== speaker && ((!!e && (e.attested || !m.bare)) || masked.slice(0, m.start).trim() === '' || (!!e && SUBJECT_START.test(masked.slice(0, m.start))));
  });
}

/** The statement of unquoted speech: its label's or verb's speaker, or the speaker of the answer it continues. */
export function speechStatement(speech: UnquotedSpeech, ctx: ArticleContext, last: LastStatement | null): Statement[] {
  if (speech.via === 'answer') {
    return [{ speaker: speech.speaker ?? null, text: speech.text, kind: 'direct', attributionEnd: 0, attributionStart: null, inherited: false, path: 'answer' }];
  }
  const m = speech.mention;
  const speaker = m ? ctx.resolve(m) ?? (m.type === 'role' ? ctx.roleLabel(m.role) : null) : last?.speaker ?? null;
  if (!speaker) return [];
  return [{ speaker, text: speech.text, kind: 'direct', attributionEnd: speech.at, attributionStart: null, inherited: !m, path: m ? `speech/${ctx.how}` : 'speech:continued' }];
}

/** The speaker of a sentence that only announces a quotation ("Ông X nói:"), or null. */
export function introducer(masked: string, ctx: ArticleContext, registry: SpeakerRegistry): SpeakerEntry | null {
  const att = leftAttribution(masked, masked.length, registry.knownName);
  return att ? ctx.resolve(att.mention) : null;
}
