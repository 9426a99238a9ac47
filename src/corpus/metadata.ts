/**
 * Recognisers for the metadata lines of a scraped page: byline names, outlet tags, URL lines,
 * the headline. Pure, one line at a time; `body.ts` decides where on the page to look.
 */
import { foldText } from '../core/text.js';
import { parseBylineDate } from './publishedDate.js';
import {
  endsLikeSentence,
  isCommentHeading,
  isRelatedHeading,
  isTruncated,
  isWidgetLine,
  isWidgetVocabulary,
  words,
} from './furniture.js';

// A capitalised syllable: "Hạnh", "Uyên", "O'Neil" is rare enough to leave out.
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const BYLINE_PREFIX = /^(?:[•·*\-–—]\s*|(?:tác giả|bài|bài và ảnh|phóng viên|pv|nhóm phóng viên|by)\s*:?\s+)/iu;
// "(Theo TASS)", "- Theo RT", "(tổng hợp)", "(t/h)": the source credit glued to a byline.
const BYLINE_SUFFIX = /\s*(?:\([^()]{1,40}\)|[-–/|]\s*theo\s+.{1,40})\s*$/iu;

const MAX_BYLINE_CHARS = 160;

/** A byline: 2–4 capitalised syllables, no punctuation, after an optional bullet/label and credit. */
export function parseAuthorLine(line: string): { author: string; credit: string | null } | null {
  // Prefix, four names and a 40-character credit fit in far less; a longer line is not a byline, and the suffix
  // pattern below (anchored at the end, tried from every space) would cost the square of its length.
  if (line.length > MAX_BYLINE_CHARS) return null;
  let s = line.trim().replace(BYLINE_PREFIX, '');
  let credit: string | null = null;
  const suffix = BYLINE_SUFFIX.exec(s);
  if (suffix) {
    const inner = suffix[0].replace(/^[\s(\-–/|]+|[\s)]+$/g, '');
    const theo = /^theo\s+(.+)$/iu.exec(inner);
    if (theo) credit = theo[1]!.trim();
    s = s.slice(0, suffix.index).trim();
  }
  const w = words(s);
  if (w.length < 2 || w.length > 4 || !w.every((x) => NAME_WORD.test(x))) return null;
  if (/^theo$/iu.test(w[0]!) || isWidgetVocabulary(s) || isRelatedHeading(s) || isCommentHeading(s)) {
    return null;
  }
  return { author: w.join(' '), credit };
}

/**
 * The outlet tag that opens a lede: "(ĐS&PL) - Hồi tháng 10…", "(Dân trí) –". Returns the tag and the
 * text after it; null when the line does not start with one.
 */
export function parseOutletTag(line: string): { outlet: string; rest: string } | null {
  // Without parentheses, only a site name ("VOV.VN -", "VnExpress.net –") or a short capitalised acronym
  // ("TTO -", "NDO –") followed by a spaced dash: the way Vietnamese outlets sign a lede.
  const bare = /^((?:[\p{L}\d]+\.)+(?:vn|net|com|org)|[A-ZĐ]{2,5})\s+[-–—]\s+/iu.exec(line);
  if (bare && (/\./.test(bare[1]!) || /^[A-ZĐ]{2,5}$/u.test(bare[1]!))) return { outlet: bare[1]!, rest: line.slice(bare[0].length).trim() };
  const m = /^\(([^()]{2,30})\)\s*[-–—:]\s*/u.exec(line);
  if (!m) return null;
  const tag = m[1]!.trim();
  if (words(tag).length > 4 || !/\p{Lu}/u.test(tag) || /^(?:theo|ảnh|nguồn)\b/iu.test(tag)) return null;
  return { outlet: tag, rest: line.slice(m[0].length).trim() };
}

/** A line that is only a URL (optionally labelled "Nguồn:", "Link:"). */
export function parseUrlLine(line: string): string | null {
  const m = /^(?:(?:nguồn|source|link|url|link bài gốc)\s*:?\s*)?<?(https?:\/\/[^\s<>]+?)>?$/iu.exec(line.trim());
  if (!m) return null;
  return URL.canParse(m[1]!) ? m[1]! : null;
}

// A lede opens on the day of the report and a comma: "Chiều 22.4, tin từ Công an tỉnh cho biết …", "Sáng nay 20.7, …".
// A page that lost its final full stop still shows it as a long sentence, which a headline of that form is not.
const REPORT_DAY_OPENING = /^(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\s+(?:nay|qua))?|ngày|hôm)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,\s/iu;
const LEDE_WORDS = 15;

const BREADCRUMB = /\s[›»]\s|^[^>]{2,40}\s>\s[^>]{2,40}$/u;
// A breadcrumb of short names parted by spaced '>' or '/': "Trang chủ > Thời sự > Chính trị", "Văn hóa / Điện ảnh".
const isBreadcrumbPath = (line: string): boolean => {
  const parts = line.split(/\s[>/]\s/u);
  return parts.length >= 2 && parts.every((s) => words(s.trim()).length <= 4);
};
// A photo's caption signed with its credit after its sentence: "Ông Ba phát biểu. (Ảnh: Minh Anh)", "… tại hội
// nghị. Ảnh Thu Hà"; a numbered subheading "2. Thành phố Thủ Đức".
const CAPTION_CREDIT = /[.!?]\s*\(?\s*(?:Ảnh|ẢNH|Nguồn|Photo)\b[^.!?]{0,60}\)?\.?$/u;
const NUMBERED_SUBHEADING = /^\d{1,2}\.\s/u;

function isAllCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && line === line.toUpperCase() && line !== line.toLowerCase();
}

/**
 * A headline candidate: 4–40 words, no closing period or colon, not cut short, not furniture, not a lede that opens
 * on its day, and written with diacritics in a Vietnamese page (a diacritic-free line there is alt text).
 */
export function isTitleLike(line: string, vietnamese: boolean): boolean {
  const n = words(line).length;
  if (n < 4 || n > 40 || line.length > 300) return false;
  if (/[.:;,]$/.test(line) || isTruncated(line)) return false;
  if (n >= LEDE_WORDS && REPORT_DAY_OPENING.test(line)) return false;
  // 'HLV X: "Chúng tôi thua vì chính mình"': a headline may end on a quotation, with no stop inside its marks.
  if (endsLikeSentence(line) && !/[?!]["”»']?$/.test(line) && !/[^.!?…\s]["”»]$/u.test(line)) return false;
  if (isWidgetLine(line) || isRelatedHeading(line) || isCommentHeading(line)) return false;
  // "Thứ Sáu, 07:30, 06/10/2023" has four words and no period, but it is the byline, not the headline.
  if (parseBylineDate(line)) return false;
  // "Thời sự › Pháp luật", "VnExpress International › Business": the site's breadcrumb; "BÁO ĐIỆN TỬ X", "THỨ SÁU,
  // NGÀY 22 THÁNG 11 …": a masthead or a date bar in capitals. Neither is the headline under them.
  if (BREADCRUMB.test(line) || isBreadcrumbPath(line) || isAllCapitals(line)) return false;
  if (CAPTION_CREDIT.test(line) || NUMBERED_SUBHEADING.test(line)) return false;
  // "SVO - Trở lại màn ảnh …": the lede the outlet signs with its tag, cut of its full stop.
  if (n >= LEDE_WORDS && parseOutletTag(line)) return false;
  if (vietnamese && foldText(line) === line.toLowerCase()) return false;
  return /\p{Lu}|\p{N}/u.test(line.charAt(0)) || /^["“'‘]/.test(line);
}
