/**
 * The written forms of a speaker's name as a question may type them: folded, without the titles typed before a name
 * ("ông", "TS", "HLV", "Bộ trưởng"), an office long enough to name its holder, and the words of names written as
 * proper names. The speaker directory (speakers.ts) resolves typed names against them; the index saves them.
 */
import { foldText, tokenize } from '../core/text.js';
import type { Speaker } from '../core/types.js';

// Honorifics, academic and professional titles and office names typed before a name ("ông X", "TS X",
// "HLV X", "Bộ trưởng X", "Mr X"), folded; stripped (up to three, "PGS TS X") before a name is matched.
// Vietnamese abbreviations: TS/ThS = tiến sĩ/thạc sĩ, GS/PGS = (phó) giáo sư, BS = bác sĩ, HLV = huấn luyện viên.
const TITLES = [
  'ong', 'ba', 'ngai', 'co', 'anh', 'chi', 'em', 'cu', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'coach',
  'ts', 'ths', 'gs', 'pgs', 'bs', 'ks', 'ls', 'hlv', 'tien si', 'thac si', 'giao su', 'pho giao su', 'bac si', 'ky su',
  'luat su', 'nha bao', 'huan luyen vien truong', 'huan luyen vien', 'hlv truong', 'thay', 'bi cao', 'dai su',
  'tong thong', 'pho tong thong', 'thu tuong', 'pho thu tuong', 'bo truong', 'thu truong', 'ngoai truong',
  'nguoi phat ngon', 'phat ngon vien', 'chu tich', 'pho chu tich', 'tong thu ky', 'tong bi thu', 'giam doc',
  'tong giam doc', 'chuyen gia', 'president', 'minister', 'prime minister', 'foreign minister', 'spokesman',
  'spokeswoman', 'spokesperson', 'ceo', 'chairman', 'senator', 'general',
  // Offices and ranks of Vietnamese public life ("Chủ tịch nước X", "Thống đốc X", "Đại tá X").
  'chu tich nuoc', 'pho chu tich nuoc', 'chu tich quoc hoi', 'thong doc', 'bi thu', 'pho bi thu', 'cuc truong',
  'chanh an', 'vien truong', 'dai ta', 'thuong ta', 'trung ta', 'thieu ta', 'thieu tuong', 'trung tuong', 'dai tuong',
];
const HONORIFICS = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})\\s+`);
/** The one-word titles ("ong", "hlv", "president"): a word after one of them in a question may start a name. */
export const TITLE_WORDS = new Set(TITLES.filter((t) => !t.includes(' ')));

/** A folded name without the titles typed before it ("ts hoang minh duc" → "hoang minh duc"). */
export function stripHonorifics(folded: string): string {
  let s = folded.trim();
  for (let i = 0; i < 3 && HONORIFICS.test(s); i++) s = s.replace(HONORIFICS, '');
  return s;
}

// "Nguyên", "cựu", "former": an office once held; a question may name the office with or without it.
const FORMER = /^(?:nguyen|cuu|former|ex)\s+/;
// An office of three words or more ("Bí thư Thành ủy X", "Bộ trưởng Bộ Y tế") names its holder; a shorter one
// ("Đại tá", "spokesman", "Bộ trưởng") is a rank or a title many people share.
const ROLE_MIN_WORDS = 3;

// An office that ends at a bare level of government ("Giám đốc Công an tỉnh", "Chủ tịch UBND huyện") has a holder
// in every province or district: it names no one, even when the corpus quotes only one of them.
const BARE_LEVEL = /\s(?:tinh|huyen|xa|quan|phuong|thi xa|thanh pho|tp|thi tran)$/;

/** Folded keys of an office as a question may type it: as written, and without "nguyên"/"cựu"/"former". */
export function roleKeys(text: string): string[] {
  const f = tokenize(foldText(text)).join(' ');
  const bare = f.replace(FORMER, '');
  return [...new Set([f, bare])].filter((k) => k.split(' ').length >= ROLE_MIN_WORDS && !BARE_LEVEL.test(k));
}

/** Name tokens of a speaker: words of the canonical name and of aliases written as proper names. */
function nameTokens(sp: Speaker): string[][] {
  const forms = [sp.name, ...sp.aliases].filter((a) => {
    const words = a.trim().split(/\s+/);
    return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
  });
  return forms.map((f) => tokenize(foldText(f))).filter((t) => t.length > 0);
}

/**
 * A speaker's names folded: each form a user may type (name, aliases, id) and the words of those written as proper
 * names. Folding them is most of a directory's cost (seconds for 60 000 speakers at 20 000 articles), so the forms
 * are saved with the index (persist.ts) and read back at a restart.
 */
export interface SpeakerForms {
  forms: string[];
  tokens: string[][];
}

export function speakerFormsOf(sp: Speaker): SpeakerForms {
  const forms = [sp.name, ...sp.aliases, sp.id.replace(/-/g, ' ')].map((form) => tokenize(foldText(form)).join(' ')).filter((f) => f !== '');
  return { forms, tokens: nameTokens(sp) };
}
