/**
 * Reading a question: its language, intent (who / when / what-did-X-say-about / topic), the speaker
 * it names, the dates it mentions and the words left to search.
 */
import { findDateMentions } from '../core/dates.js';
import { foldText, tokenize } from '../core/text.js';
import type { IsoDate, Speaker } from '../core/types.js';
import { hasDiacritics, isVietnameseSyllable, splitWords } from './analyze.js';
import { stripHonorifics } from './speakerForms.js';
import { speakerInSubject } from './subjectName.js';
import { asksOtherOffice, officeBefore } from './heldOffice.js';

export { speaksAnyInSentence, speaksInSentence } from './speaksIn.js';
import type { SpeakerDirectory } from './speakers.js';
import { VERBS_LOWER, findVerb, isRequestVerb } from './questionVerbs.js';
import { caseFrameAt, findPhrase, frameEnd, occasionAfterTopic, occasionAt, skipAfterVerb, whoOccasionAt } from './questionSpans.js';
import { topicOccasionSpan } from './topicOccasion.js';
import { stripChatMarkup } from './chatMarkup.js';

export type Intent = 'who' | 'when' | 'about' | 'topic';

/** A word of the question still to be searched. */
export interface QueryWord {
  lower: string;
  folded: string;
  /** Position in the question, so bigrams are only formed by neighbours. */
  pos: number;
  /** Typed with a capital letter (a name, in an English question). */
  capital?: boolean;
  /**
   * Part of the occasion of a "what did X say after/when Y" question: Y says when it was said, and the
   * statement need not repeat it, so these words rank answers but are not required. So do the frame nouns of
   * "nói gì về vai trò của Y" (FRAME_NOUNS).
   */
  occasion?: boolean;
  /** The reporting verb of a question whose subject is no known speaker ("Bộ Y tế nói gì"): ranks, not required. */
  verb?: boolean;
  /** The subject of that verb ("Bộ Y tế", "Dong Nai police"): who is asked to have spoken. */
  subject?: boolean;
}

export interface ParsedQuestion {
  intent: Intent;
  language: 'vi' | 'en';
  /** True when the question carries diacritics (stopwords can then be told apart from homographs). */
  diacritics: boolean;
  /** The speaker of a "what did X say about Y" question. */
  speaker: Speaker | null;
  /** Ids of the speakers whose words answer for `speaker` (voices.ts); absent: the speaker alone. */
  voices?: ReadonlySet<string>;
  /** The question asks what was said (a reporting verb: "nói gì", "say"), whoever the speaker. */
  reported: boolean;
  /** The question asks for a reason ("vì sao", "tại sao", "why"): answers that state a cause come first. */
  why: boolean;
  /** The question asks for a quantity ("bao nhiêu", "how many"): answers that state one come first (amount.ts). */
  amount: boolean;
  /**
   * The question asks when ("vào ngày nào", "khi nào", "when"), whatever its intent: "X trả lời chất vấn vào ngày
   * nào?" is read as X's statements (intent 'about') and still wants a dated answer first (asksWhen).
   */
  when?: boolean;
  /** The question asks whether ("Y có … không?", "Y đã … chưa?", "Is Y …?"): an assessment, which statements give. */
  yesNo?: boolean;
  /** Speakers named anywhere in the question. */
  mentioned: Speaker[];
  dates: IsoDate[];
  words: QueryWord[];
}

// "nói gì về Y", "say about Y": a word that opens the topic as a noun phrase, so an occasion may follow it.
const TOPIC_RELATORS = new Set(['ve', 'about', 'regarding', 'concerning']);

/** Where an occasion starting at `from` ends: at a topic relator after it ("trên truyền hình về Y"), else at the end. */
function occasionEnd(folded: readonly string[], from: number): number {
  for (let i = from + 1; i < folded.length - 1; i++) if (TOPIC_RELATORS.has(folded[i]!)) return i;
  return folded.length;
}

const BEFORE_VERB = new Set(['da', 'co', 'dang', 'se', 'what', 'did', 'does', 'do', 'has', 'have', 'had', 'would', 'will', 'vua', 'moi', 'how', 'why']);
// The same auxiliaries as typed with diacritics: a folded match would also take a name's syllable ("Hải Đăng", "Cơ").
const BEFORE_VERB_VI = new Set(['đã', 'có', 'đang', 'sẽ', 'vừa', 'mới']);

/** Whether word i is an auxiliary or question word before a reporting verb ("đã nói", "did … say"), not a name's. */
function beforeVerb(lower: string[], folded: string[], original: string[], i: number, diacritics: boolean): boolean {
  const f = folded[i]!;
  if (!BEFORE_VERB.has(f)) return false;
  if (i > 0 && /^\p{Lu}/u.test(original[i] ?? '')) return false;
  return !diacritics || lower[i] === f || BEFORE_VERB_VI.has(lower[i]!);
}
const WHO = new Set(['ai', 'who']);
// "ở", "tại" inside a subject: where the body asked of is (typed without diacritics, "o"; "tai" is also "tài", "tái").
const LOCATIVE = new Set(['ở', 'tại']);
function isLocative(lower: string, diacritics: boolean): boolean {
  return LOCATIVE.has(lower) || (!diacritics && lower === 'o');
}
const WHY_OPENERS = [['vi', 'sao'], ['tai', 'sao']];
const WHY_PHRASES = [['vi', 'sao'], ['tai', 'sao'], ['why'], ['ly', 'do', 'gi'], ['nguyen', 'nhan', 'gi'], ['for', 'what', 'reason']];
const AMOUNT_PHRASES = [['bao', 'nhieu'], ['how', 'much'], ['how', 'many']];
const WHEN_PHRASES = ['khi nao', 'bao gio', 'luc nao', 'ngay nao', 'thang nao', 'nam nao', 'thoi diem nao', 'when', 'what date', 'what day', 'which day', 'what year'];
const ENGLISH_CUES = new Set(['the', 'what', 'who', 'when', 'did', 'does', 'is', 'are', 'was', 'about', 'say', 'said', 'of', 'and', 'with', 'how', 'why']);
/**
 * Whether a question typed without diacritics is English: it holds an English cue word that is no Vietnamese
 * syllable ("what", "did"), or two cue words. "the" alone is also "thế" typed without its marks ("ca si nguyen the
 * vu noi gi").
 */
function readsEnglish(folded: readonly string[]): boolean {
  const cues = folded.filter((w) => ENGLISH_CUES.has(w));
  return cues.some((w) => !isVietnameseSyllable(w)) || cues.length >= 2;
}
// "thang 1/2022" typed without diacritics: restore the calendar word so the date finder sees "tháng 1/2022".
const CALENDAR_WORDS: Record<string, string> = { ngay: 'ngày', thang: 'tháng', nam: 'năm' };

// The words before a reporting verb that may name who spoke: a name, or an office ("Nguyên Bí thư Thành ủy X").
const MAX_SUBJECT_WORDS = 8;

// A full Vietnamese name has three syllables or more: two ("Bảo Trâm") leave too little typed right to tell one
// mistyped person from another.
const MISTYPED_NAME_MIN = 3;

/**
 * The one speaker whose full name the subject of a reporting verb is, one syllable mistyped ("Nguyễn Thị Bích Ngoạn"
 * for a Bích Ngoan the corpus quotes): `resolve` never typo-matches a Vietnamese syllable alone, as "dieu" and "dien"
 * are different words, but within a full name whose other syllables are right the typo is the name. Null when
 * no speaker or more than one is that close.
 */
function mistypedName(speakers: SpeakerDirectory, phrase: string, df: (w: string) => number): Speaker | null {
  const syllables = stripHonorifics(tokenize(foldText(phrase)).join(' ')).split(' ').filter(Boolean);
  if (syllables.length > 4) return null;
  if (syllables.length >= MISTYPED_NAME_MIN) {
    const like = speakers.namesLike(syllables);
    return like.length === 1 ? like[0]! : null;
  }
  // A given name of two syllables ("Minh Khoá" for a Đỗ Minh Khoát the corpus quotes) when one of them is written
  // in no article: it cannot be another person's name, so it is a typo, and the one speaker one edit from it is meant.
  if (syllables.length !== 2 || syllables.filter((w) => df(w) === 0).length !== 1) return null;
  const like = speakers.namesLike(syllables, true);
  return like.length === 1 ? like[0]! : null;
}

/** Whether a statement by `speakerId` answers for the question's speaker (itself, or one who speaks for it). */
export function speaksFor(p: ParsedQuestion, speakerId: string | null): boolean {
  if (!speakerId || !p.speaker) return false;
  return speakerId === p.speaker.id || (p.voices?.has(speakerId) ?? false);
}

/** Parse a question against the speaker directory; `df` gives a folded word's corpus frequency. */
export function parseQuestion(question: string, speakers: SpeakerDirectory, df: (w: string) => number): ParsedQuestion {
  let text = stripChatMarkup(question.normalize('NFC'));
  const diacritics = hasDiacritics(text);
  if (!diacritics) text = text.replace(/\b(ngay|thang|nam)(?=\s+\d)/giu, (w) => CALENDAR_WORDS[w.toLowerCase()] ?? w);
  const { lower, folded, starts } = splitWords(text);
  const original = starts.map((s, i) => text.slice(s, s + lower[i]!.length));
  const language: 'vi' | 'en' = !diacritics && readsEnglish(folded) ? 'en' : 'vi';

  const drop = new Set<number>();
  const dates: IsoDate[] = [];
  for (const m of findDateMentions(text)) {
    if (m.date) dates.push(m.date);
    starts.forEach((s, i) => {
      if (s >= m.start && s < m.end) drop.add(i);
    });
  }

  let intent: Intent = 'topic';
  let whenAt = -1;
  for (const p of WHEN_PHRASES) {
    const at = findPhrase(folded, p.split(' '));
    if (at >= 0) {
      intent = 'when';
      whenAt = at;
      break;
    }
  }
  const when = intent === 'when';

  const found = speakers.mentions(folded, original, df);
  let speaker: Speaker | null = null;
  let reported = false;
  let occasionFrom = -1;
  const verbAt = new Set<number>();
  const subjectAt = new Set<number>();
  const frameAt = new Set<number>();
  // "Các bị cáo trong vụ X nói gì": the case the subject is of, which ranks answers but need not be repeated by them.
  const caseAt = new Set<number>();
  // "Bộ X đề xuất giảm Y bao nhiêu?" asks for the amount proposed, a fact whoever states it: a request verb is then a
  // word of the fact asked, not the pivot of a statement.
  const amount = AMOUNT_PHRASES.some((phrase) => findPhrase(folded, phrase) >= 0);
  for (let vi = 0; vi < VERBS_LOWER.length; vi++) {
    if (amount && isRequestVerb(vi)) continue;
    const verb = VERBS_LOWER[vi]!;
    const v = findVerb(lower, folded, vi);
    if (v < 0) continue;
    reported = true;
    let a = 0;
    let b = v;
    while (b > a && beforeVerb(lower, folded, original, b - 1, diacritics)) b--;
    while (a < b && beforeVerb(lower, folded, original, a, diacritics)) a++;
    // "Vì sao X đề xuất …", "Tại sao X phản đối …": the question word opens the sentence; X is the subject.
    if (b - a > 2 && WHY_OPENERS.some((w) => folded[a] === w[0] && folded[a + 1] === w[1])) a += 2;
    // "Các bị cáo trong vụ X nói gì", "Luật sư của nạn nhân trong vụ án Y cho biết gì": the subject is who comes before
    // "trong vụ"; the case only ranks (its words are seldom in what each of them said).
    const caseFrom = caseFrameAt(folded, a, b);
    if (caseFrom > a) {
      for (let i = caseFrom; i < b; i++) caseAt.add(i);
      b = caseFrom;
    }
    const end = v + verb.length;
    const after = skipAfterVerb(folded, end);
    if (b - a === 1 && WHO.has(folded[a]!)) {
      intent = 'who';
      for (let i = a; i < after; i++) drop.add(i);
      occasionFrom = whoOccasionAt(folded, after);
      break;
    }
    // A name is a few words; an office held by one speaker ("Nguyên Bí thư Thành ủy X") may take up to eight.
    if (b > a && b - a <= MAX_SUBJECT_WORDS) {
      const phrase = original.slice(a, b).join(' ');
      // "Chủ tịch UBND tỉnh X", "Người phát ngôn hãng Y": the holder of the office is asked of, not the body or the
      // other office of it the directory found (heldOffice.ts); the subject is then read as one no speaker holds.
      let sp = speakers.resolve(phrase) ?? mistypedName(speakers, phrase, df);
      if (sp && asksOtherOffice(phrase, sp)) sp = null;
      if (!sp) {
        const inside = speakerInSubject(found, { lower, folded, original }, a, b);
        const at = inside ? found.find((m) => m.speaker === inside)!.start : -1;
        sp = inside && !officeBefore(folded.slice(a, at), at - a, inside) ? inside : null;
      }
      if (sp) {
        speaker = sp;
        intent = 'about';
        for (let i = 0; i < after; i++) drop.add(i);
        occasionFrom = occasionAt(folded, after);
        for (let i = after; i < occasionFrom; i++) drop.add(i);
        if (occasionFrom < 0 && TOPIC_RELATORS.has(folded[after - 1]!)) {
          // The occasion after a topic opened by "về"/"about" ("nói gì về Y sau khi Z"): its marker is dropped, Y
          // stays required. Without the relator ("đánh giá Y thế nào sau khi Z") the clause is left required.
          const later = occasionAfterTopic(folded, frameEnd(folded, after));
          if (later) {
            occasionFrom = later[1];
            for (let i = later[0]; i < later[1]; i++) drop.add(i);
          }
        }
        for (let i = after; i < frameEnd(folded, after); i++) frameAt.add(i);
        break;
      }
    }
    // "X phản ứng thế nào khi Y", X no speaker we know (a country, a ministry): the verb says a statement is asked
    // for, and statements seldom repeat their own reporting verb, so it ranks but is not required; Y is the
    // occasion, as for a known speaker. The subject may be an office as long as one a speaker is resolved by ("Giám
    // đốc Bệnh viện Đa khoa X", "the principal of X school"): who is asked to have spoken.
    if (b > a) {
      for (let i = v; i < end; i++) verbAt.add(i);
      // "Công ty cấp nước ở Cần Thơ": the words after "ở"/"tại" say where the body is, not who it is; a speaker whose
      // office names only that place (the city's vice-mayor) is not the body asked of.
      if (b - a <= MAX_SUBJECT_WORDS) for (let i = a; i < b && !isLocative(lower[i]!, diacritics); i++) subjectAt.add(i);
      for (let i = after; i < frameEnd(folded, after); i++) frameAt.add(i);
      const from = occasionAt(folded, after);
      if (from >= 0 && occasionFrom < 0) {
        occasionFrom = from;
        for (let i = after; i < from; i++) drop.add(i);
      } else if (occasionFrom < 0 && TOPIC_RELATORS.has(folded[after - 1]!)) {
        // "Bộ Y tế nói gì về Y sau khi Z", "what did the X coach say about Y after Z": Z only ranks, as for a known speaker.
        const later = occasionAfterTopic(folded, frameEnd(folded, after));
        if (later) {
          occasionFrom = later[1];
          for (let i = later[0]; i < later[1]; i++) drop.add(i);
        }
      }
    }
  }
  if (intent === 'topic' && (WHO.has(folded[0] ?? '') || findPhrase(folded, ['la', 'ai']) >= 0)) intent = 'who';
  // "X làm Y sau khi Z vào ngày nào?": the when phrase ends the time clause Z, as an aspect word does in a topic question.
  const timeClause = intent === 'topic' && !reported ? topicOccasionSpan(lower, folded, diacritics)
    : intent === 'when' && !reported && whenAt > 0 ? topicOccasionSpan(lower, folded, diacritics, whenAt) : null;

  const mentioned: Speaker[] = [];
  for (const m of found) {
    if (!mentioned.some((s) => s.id === m.speaker.id)) mentioned.push(m.speaker);
  }
  if (speaker && !mentioned.some((s) => s.id === speaker!.id)) mentioned.unshift(speaker);

  // An English possessive ("Quang Hai's injury") splits off an "s" that is no word of the question.
  starts.forEach((s, i) => {
    if (folded[i] === 's' && /['’]/u.test(text[s - 1] ?? '')) drop.add(i);
  });
  // "X bình luận trên truyền hình về Y": the occasion told before the topic ends at its relator; Y stays required.
  const occasionTo = occasionFrom >= 0 ? occasionEnd(folded, occasionFrom) : folded.length;
  const words: QueryWord[] = [];
  lower.forEach((w, i) => {
    if (drop.has(i)) return;
    const capital = /^\p{Lu}/u.test(original[i] ?? '');
    words.push({
      lower: w, folded: folded[i]!, pos: i, capital,
      ...((occasionFrom >= 0 && i >= occasionFrom && i < occasionTo) || frameAt.has(i) || caseAt.has(i) || (timeClause && i >= timeClause[0] && i < timeClause[1]) ? { occasion: true } : {}),
      ...(verbAt.has(i) ? { verb: true } : {}),
      ...(subjectAt.has(i) ? { subject: true } : {}),
    });
  });
  const why = WHY_PHRASES.some((phrase) => findPhrase(folded, phrase) >= 0);
  const yesNo = asksWhether(text);
  return { intent, language, diacritics, speaker, reported, why, amount, when, ...(yesNo ? { yesNo } : {}), mentioned, dates, words };
}

// "Y có … không?", "Y đã … chưa?", "liệu Y …?" (typed with or without marks), "Is/Will/Can Y …?".
const WHETHER_VI = /(?:^|\s)(?:có|co)\s.*\s(?:không|khong)\s*\??\s*$|(?:^|\s)(?:đã|da)\s.*\s(?:chưa|chua)\s*\??\s*$|^(?:liệu|lieu)\s/iu;
const WHETHER_EN = /^(?:is|are|was|were|will|would|does|do|did|can|could|has|have|should)\s(?!.*\b(?:who|what|when|why|how|which)\b)/iu;

/** Whether a question asks whether something is so (see ParsedQuestion.yesNo). */
function asksWhether(text: string): boolean {
  return WHETHER_VI.test(text) || WHETHER_EN.test(text);
}

/** Whether a question asks when something was said or happened (its intent, or a "when" phrase under another intent). */
export function asksWhen(p: ParsedQuestion): boolean {
  return p.intent === 'when' || p.when === true;
}
