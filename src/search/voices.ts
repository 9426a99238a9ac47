/**
 * Who speaks for a speaker an answer is asked of. A person speaks for themselves only ("Putin nói gì" is not
 * answered by his spokesman). An institution ("Điện X", "Bộ Y tế", "the White House") speaks through its
 * spokespeople and aides, when an article says so: their office holds the institution's name ("Trợ lý Điện X"),
 * or the text names them with it ("X spokesman Anna Berg", "người phát ngôn Bộ Y tế Lê Hà").
 */
import { foldText, tokenize } from '../core/text.js';
import type { Speaker } from '../core/types.js';
import { isVietnameseSyllable } from './analyze.js';
import { FIELD_TEXT } from './fields.js';
import type { InvertedIndex } from './invertedIndex.js';
import type { SpeakerDirectory } from './speakers.js';
import type { UnitStore } from './units.js';

// Capitalised heads of an institution's name: a palace or seat of government, a ministry, an office, a body.
const INSTITUTION_HEAD = /^(?:Điện|Dinh|Phủ|Nhà Trắng|Bộ|Chính phủ|Văn phòng|Ủy ban|Uỷ ban|Cơ quan|Sở|Cục|Tổng cục|Công an|Cảnh sát|Quân đội|Lầu Năm Góc|Tòa Bạch Ốc|Đại sứ quán|the Kremlin|Kremlin|White House|Pentagon|Ministry|Department|Office)(?:\s|$)/u;
// Who speaks for an institution, in the order the press writes them.
const VOICE_EN = '(?:chief\\s+|top\\s+|senior\\s+|foreign[- ]policy\\s+)?(?:[Ss]pokes(?:man|woman|person)|press secretary|aide|adviser|advisor)';
const VOICE_VI = '(?:[Nn]gười phát ngôn|[Pp]hát ngôn viên|[Tt]rợ lý|[Cc]ố vấn)(?:\\s+của)?';
const NAME = '(\\p{Lu}[\\p{L}\'’-]*(?:\\s+\\p{Lu}[\\p{L}\'’-]*){0,3})';
/** Sentences read for spokespeople, at most: a common institution is named in thousands of them. */
const MAX_SENTENCES = 4000;

/** Whether a speaker is an institution (see INSTITUTION_HEAD), not a person. */
export function isInstitution(sp: Speaker): boolean {
  return INSTITUTION_HEAD.test(sp.name);
}

/** The ways copy writes an institution: its name, and a one-word foreign name alone ("Kremlin" of "Điện Kremlin"). */
export function institutionNames(sp: Speaker): string[] {
  const out = [sp.name, ...sp.aliases.filter((a) => INSTITUTION_HEAD.test(a))];
  const words = sp.name.split(/\s+/);
  const tail = words.at(-1)!;
  if (words.length === 2 && !isVietnameseSyllable(foldText(tail))) out.push(tail);
  return [...new Set(out)];
}

/** Every form a speaker is written under: the name, the aliases, and an institution's short names. */
export function speakerForms(sp: Speaker): string[] {
  return [sp.name, ...sp.aliases, ...(isInstitution(sp) ? institutionNames(sp) : [])];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** What voicesOf reads of the engine: its speakers, its statements and their index. */
export interface VoiceSources {
  readonly directory: SpeakerDirectory;
  readonly units: UnitStore;
  readonly index: InvertedIndex;
  /** Statement units of each speaker id. */
  readonly speakerQuotes: ReadonlyMap<string, readonly number[]>;
}

/**
 * Ids of the speakers whose words answer for `sp`: `sp` itself, a word of its name left as a speaker of its own
 * (sameArticleShortForms), and an institution's spokespeople and aides.
 */
export function voicesOf(e: VoiceSources, sp: Speaker): Set<string> {
  const voices = new Set([sp.id, ...sameArticleShortForms(e, sp)]);
  if (!isInstitution(sp)) return voices;
  const names = institutionNames(sp);
  const folded = names.map((n) => tokenize(foldText(n)).join(' '));
  for (const other of e.directory.all) {
    const role = other.role ? tokenize(foldText(other.role)).join(' ') : '';
    if (other.id !== sp.id && role && folded.some((n) => ` ${role} `.includes(` ${n} `) && role !== n)) voices.add(other.id);
  }
  const alt = names.map(escape).join('|');
  const written = new RegExp(`(?:(?:the\\s+)?(?:${alt})(?:['’]s)?\\s+${VOICE_EN}|${VOICE_VI}\\s+(?:${alt}))\\s+${NAME}`, 'gu');
  for (const u of sentencesNaming(e, folded)) {
    for (const m of e.units.text(u).matchAll(written)) {
      const who = e.directory.resolve(m[1]!);
      if (who && who.id !== sp.id && !isInstitution(who)) voices.add(who.id);
    }
  }
  return voices;
}

/**
 * One word of a person's name that the extraction kept as a speaker of its own ("ông Lee" a paragraph after "HLV Lee
 * Dong Woo"): the same person, as an article names a person in full once and by the family name after, when every
 * article that quotes the short form quotes `sp` too. A short form also quoted where `sp` is not is someone else's
 * name as well, and stays apart. (Speaker ids are folded names: a one-word name's id is that word.)
 */
function sameArticleShortForms(e: VoiceSources, sp: Speaker): string[] {
  const words = tokenize(foldText(sp.name));
  if (words.length < 2) return [];
  let own: Set<number> | null = null;
  const out: string[] = [];
  for (const w of new Set(words)) {
    const short = e.directory.byId.get(w);
    const quotes = short && short.id !== sp.id ? e.speakerQuotes.get(short.id) : undefined;
    if (!quotes?.length) continue;
    own ??= new Set((e.speakerQuotes.get(sp.id) ?? []).map((u) => e.units.docs[u]!).filter((d) => d >= 0));
    if (quotes.every((u) => own!.has(e.units.docs[u]!))) out.push(short!.id);
  }
  return out;
}

/** Units whose words hold one of the folded names (its last word, or its last two as a bigram). */
function sentencesNaming(e: VoiceSources, folded: string[]): number[] {
  const text = e.index.fields[FIELD_TEXT]!;
  const out = new Set<number>();
  for (const n of folded) {
    const w = n.split(' ');
    const id = w.length >= 2 ? e.index.bigram(w.at(-2)!, w.at(-1)!) : e.index.unigram(w[0]!);
    if (id === undefined) continue;
    for (let k = text.offsets[id]!; k < text.offsets[id + 1]! && out.size < MAX_SENTENCES; k++) out.add(text.ids[k]!);
  }
  return [...out];
}
