/**
 * Words credited after they are given, by a sentence that sums them up: "“…”. Đó là chia sẻ của ông X với phóng
 * viên.", "A. Đây là nhận định của Bộ trưởng X tại cuộc họp.", "A. Đây là ý kiến được các chuyên gia nêu …",
 * "“…”. Những thông tin trên được bà X chia sẻ khi …". The sentence before is X's statement (a group's: no speaker);
 * the crediting sentence itself reports nothing.
 */
import type { ArticleContext } from './context.js';
import { groupSubject } from './crowds.js';
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { maskQuotes, wordCount, type QuoteSpan } from './quoteSpans.js';
import type { Statement } from './statements.js';
import { isSpeakerMention } from './subjects.js';

// Nouns of speech a summing-up sentence names: what the words before it were.
const SPEECH_NOUN = String.raw`(?:lời\s+)?(?:chia sẻ|tâm sự|nhận định|nhận xét|khẳng định|phát biểu|ý kiến|bình luận|đánh giá|quan điểm|lời khuyên|cam kết|dự báo|cảnh báo|tuyên bố)`;
// "Đó là", "Đây cũng là", "- Là một trong những nội dung quan trọng trong …", then the noun and, within a few words
// ("ý kiến đóng góp tại nghị trường", "phát biểu kết luận"), "của" and the speaker.
const IS_THE = String.raw`(?:(?:đó|đây|đấy)\s+(?:cũng\s+|chính\s+)?là|là)\s+(?:một trong\s+)?(?:những\s+|các\s+)?(?:(?:nội dung|thông điệp|điều)\s+(?:quan trọng\s+|chính\s+)?(?:trong|của)\s+(?:những\s+|các\s+|bài\s+)?)?`;
export const CREDIT_OF = new RegExp(String.raw`^${IS_THE}${SPEECH_NOUN}(?:\s+[^,.;:§“”"]{0,40}?)?\s+của\s+([^,.;:§“”"]{2,120})`, 'iu');
// "Đây là ý kiến được các chuyên gia của Ngân hàng Y nêu …", "Những thông tin trên được bà X chia sẻ …".
const CREDIT_BY = new RegExp(String.raw`^(?:${IS_THE}${SPEECH_NOUN}|(?:những\s+|các\s+)?(?:thông tin|nội dung|chia sẻ|ý kiến|nhận định)\s+(?:trên|này|vừa nêu))\s+(?:đã\s+)?được\s+([^,.;:§“”"]{2,120}?)\s+(?:nêu|chia sẻ|đưa ra|cho biết|khẳng định|thông tin|nhấn mạnh|phát biểu|nói)(?![\p{L}\p{M}])`, 'iu');
const COMRADE = /^(?:đồng chí|ngài)\s+/iu;
// A leading dash, as when the sentence goes on after a quotation ("“…” - Là một trong những …").
const LEAD = /^\s*[–—-]?\s*/u;

/**
 * The speaker a summing-up sentence credits the words before it to ("Đó là chia sẻ của ông X …"), read from `masked`
 * (the sentence with its quotations masked); `null` speaker for a group ("các chuyên gia"). Null when the sentence is
 * no such credit.
 */
export function summaryCredit(masked: string, knownName: (n: string) => boolean): { mention: Mention | null } | null {
  const lead = LEAD.exec(masked)![0].length;
  const body = masked.slice(lead);
  const m = CREDIT_BY.exec(body) ?? CREDIT_OF.exec(body);
  if (!m) return null;
  const phrase = m[1]!;
  const at = lead + m[0].length - phrase.length;
  const group = groupSubject(phrase, 0);
  if (group && group.start === 0) return { mention: null };
  const subject = parseSubject(phrase, knownName);
  // "các chuyên gia của Ngân hàng Y": a group, with no one to name.
  if (subject && subject.type === 'nonSpeaker' && subject.start === 0) return { mention: null };
  // The speaker opens the phrase, after "đồng chí" at most: "của Chỉ thị số 3 của Chủ tịch tỉnh" names a document,
  // not who spoke.
  const opener = COMRADE.exec(phrase)?.[0].length ?? 0;
  if (!isSpeakerMention(subject) || subject.start > opener) return null;
  if (subject.type === 'person' && subject.bare && !knownName(subject.name) && !/\s/u.test(subject.name)) return null;
  return { mention: { ...subject, start: subject.start + at, end: subject.end + at } };
}

export type Credit = { mention: Mention | null };

/** The credit the sentence after this one gives, read with its own quotations masked; null when it gives none. */
export function creditAfter(spans: QuoteSpan[], next: { text: string; start: number } | undefined, knownName: (n: string) => boolean): Credit | null {
  if (!next) return null;
  const end = next.start + next.text.length;
  const local = spans.filter((s) => s.open >= next.start && s.open < end).map((s) => ({ ...s, open: s.open - next.start, close: Math.min(s.close, end) - next.start }));
  return summaryCredit(maskQuotes(next.text, local), knownName);
}

/** "“…” - Là một trong những nội dung … phát biểu của đồng chí X …": the credit after a dash, in the quotation's sentence. */
export function creditAfterQuote(masked: string, spans: QuoteSpan[], knownName: (n: string) => boolean): Credit | null {
  const lastSpan = spans.at(-1);
  if (!lastSpan?.closed) return null;
  const rest = masked.slice(lastSpan.close + 1);
  return /^\s*[–—-]\s*\S/u.test(rest) ? summaryCredit(rest, knownName) : null;
}

// Fewer words are a heading or a label, not an account of what someone said.
const MIN_WORDS = 6;

/**
 * The statements of a sentence the next one credits: words left without a speaker, or carried over from the last
 * speaker, are the credited speaker's; a sentence that gave none is one statement, its quotation (when the quotation
 * is most of it) or its words. `statements` is changed in place.
 */
export function applyCredit(statements: Statement[], text: string, spans: QuoteSpan[], credit: Credit, ctx: ArticleContext): void {
  const speaker = credit.mention ? ctx.resolve(credit.mention) : null;
  if (credit.mention && !speaker) return;
  if (statements.length) {
    for (const [i, st] of statements.entries()) {
      if (!st.speaker || st.inherited) statements[i] = { ...st, speaker, inherited: false, ...(speaker ? {} : { unnamed: true }) };
    }
    return;
  }
  if (/\?["”»]?\s*$/u.test(text)) return;
  const all = wordCount(text);
  const quoted = spans.find((s) => wordCount(s.text) >= MIN_WORDS && wordCount(s.text) * 10 >= all * 6);
  const words = quoted ? quoted.text.trim() : text.trim().replace(/[.;…]+$/u, '').trim();
  if (wordCount(words) < MIN_WORDS || (!quoted && spans.length)) return;
  statements.push({
    speaker, text: words, kind: quoted ? 'direct' : 'indirect', attributionEnd: 0, attributionStart: null, inherited: false,
    ...(speaker ? {} : { unnamed: true }),
  });
}
