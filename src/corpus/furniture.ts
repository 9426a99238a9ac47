/**
 * Line classifiers for page furniture: the parts of a scraped news page that are not the article
 * (widgets, share/login/rating buttons, comment boxes, related-headline lists, photo credits).
 * Structural rules (length, punctuation, diacritics, position) do most of the work; the phrase lists
 * below are common Vietnamese news-site vocabulary, not text of any particular article.
 */
import { foldText } from '../core/text.js';

export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Ends like a sentence: . ! ? (optionally before closing quotes/brackets), or a closing quote. */
const TERMINAL = /(?:[.!?][\s"”»'’)\]]*|["”»])$/u;
/** Headlines in related lists are cut short with an ellipsis. */
const TRUNCATED = /(?:…|\.\.\.)["”»]?$/u;

export const endsLikeSentence = (s: string): boolean => TERMINAL.test(s) && !TRUNCATED.test(s);
export const isTruncated = (s: string): boolean => TRUNCATED.test(s);

/** A sentence of running text: the strict marker for where the article body starts. */
export function isProse(s: string): boolean {
  return words(s).length >= 5 && endsLikeSentence(s);
}

/** A line that is one quotation, cut with an ellipsis inside its marks: an interview's pull quote, not a headline. */
const PULL_QUOTE = /^["“][^"“”]+(?:…|\.\.\.)["”]$/u;

/** Prose, or a long unpunctuated line (a photo caption, a quote cut from its period), or a long pull quote. */
export function isBodyLike(s: string): boolean {
  return isProse(s) || (words(s).length >= 16 && (!isTruncated(s) || PULL_QUOTE.test(s)));
}

/** Any letter with a diacritic or đ: folding changes it. ASCII never has one (most words of foreign names, numbers). */
export const hasDiacritics = (s: string): boolean => /\P{ASCII}/u.test(s) && foldText(s) !== s.toLowerCase();

/**
 * `s` without the trailing characters that match `ch` (one character class). A loop from the end: the regex
 * `[…]+$` retries at every position of a long run not at the end of the line, which is quadratic.
 */
export function trimEndOf(s: string, ch: RegExp): string {
  let end = s.length;
  while (end > 0 && ch.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

// Each line goes through several classifiers, each wanting its folded form: it is folded once. Bounded: the lines
// of the page being read are what matters.
const FOLDED_LINES = new Map<string, string>();

function fold(s: string): string {
  let f = FOLDED_LINES.get(s);
  if (f === undefined) {
    f = trimEndOf(foldText(s).replace(/^[\s•·*\-–—>|]+/, ''), /[\s:.|]/).replace(/\s+/g, ' ');
    if (FOLDED_LINES.size >= 2000) FOLDED_LINES.clear();
    FOLDED_LINES.set(s, f);
  }
  return f;
}

// Whole-line widget labels (folded): share/login/rating/notification buttons and page chrome.
const WIDGET_LINES = new Set([
  'zalo', 'facebook', 'twitter', 'email', 'chia se', 'chia se bai viet', 'dong', 'huy', 'gui', 'thong bao',
  'nhap thong tin', 'dang nhap', 'dang ky', 'dang xuat', 'in', 'in bai', 'in bai viet', 'luu', 'luu bai',
  'luu tin', 'da luu', 'theo doi', 'quay lai', 'tro ve', 'trang chu', 'lay link', 'sao chep link', 'copy link',
  'copy', 'da sao chep', 'link bai goc', 'link bai goc lay link', 'da tang', 'tang qua tac gia', 'tang sao',
  'binh chon', 'danh gia', 'thich', 'tra loi', 'quang cao', 'advertisement', 'nghe bai viet', 'doc bai viet',
  'tai ung dung', 'google news', 'xem video', 'xem anh', 'anh minh hoa', 'tat ca', 'moi nhat', 'cu nhat',
  'xem tiep', 'xem toan bo', 'thu gon', 'gop y', 'bao loi', 'phan hoi', 'gui phan hoi', 'gui y kien',
]);

// Phrases that only occur in widgets and comment boxes (folded); a line of at most 25 words with one is furniture.
const WIDGET_PHRASES = [
  /\bgui (binh luan|lien he|y kien|phan hoi)\b/,
  /\bbinh luan (se duoc|cua ban|dang duoc)\b/,
  /\bgo tieng viet co dau\b/,
  /\bemail khong hop le\b/,
  /^loi:/,
  /\bvui long (nhap|dang nhap|dien|go|cho)\b/,
  /\bdang nhap de\b/,
  /\bcam on ban da (quan tam|doc|gui)\b/,
  /\btang sao\b/,
  /\bdong luc cho tac gia\b/,
  /\btang qua tac gia\b/,
  /\btheo doi (chung toi|bao|trang) tren\b/,
  /\btai ung dung\b/,
  /\b(sao chep|copy) (duong )?(link|lien ket)\b/,
  /\bxin (hay )?doi\b.*\bgiay\b/,
  /\bkhong the gui binh luan\b/,
  /^(chia se|share)( bai viet)? (len|qua)\b/,
];

// The page's top lines (folded), never a sentence: the follow button whose icon was lost ("Theo dõi Báo Mẫu trên"),
// the masthead's hotline ("Hotline: 0865 015 015 …", "Đường dây nóng: 0912 …"), the home link opening a menu row
// ("Trang chủ Thời sự Pháp luật …"), and the outlet's masthead ("Báo Mẫu - Cơ quan ngôn luận của Hội …").
const MASTHEAD_LINES = [
  /^theo doi .{2,40} tren$/,
  /^(hotline|duong day nong)\s*:?\s*\d/,
  /^trang chu\s+\S/,
  /^(?:[^.,:]{2,40} [-–] )?co quan ngon luan cua\b/,
];

/** A known widget label or widget phrase (vocabulary only, no length rule). */
export function isWidgetVocabulary(s: string): boolean {
  const f = fold(s);
  return WIDGET_LINES.has(f) || (words(s).length <= 25 && WIDGET_PHRASES.some((re) => re.test(f)));
}

// A site's menu row, "Trang chủ | Xã hội | Đô thị", "Du lịch | Điểm đến | Ẩm thực | Video", "Thời sự  Pháp luật  Hồ sơ":
// three or more short names parted by bars or by wide spaces. A headline may hold one bar ("VIDEO | Xe tải lao vào
// chợ"), not a row of names.
const MENU_ITEM_WORDS = 6;
export function isMenuRow(line: string): boolean {
  return [/\|/, /\s{2,}/].some((part) => {
    const items = line.trim().split(part).map((s) => s.trim());
    return items.length >= 3 && items.every((s) => words(s).length <= MENU_ITEM_WORDS);
  });
}

/** A share/login/rating/notification widget line, or the site's menu row. */
export function isWidgetLine(s: string): boolean {
  if (!/\p{L}{2,}/u.test(s)) return true; // no word at all: "+Aa-" has one, "***" or a lone bullet do not
  if (isWidgetVocabulary(s) || isMenuRow(s)) return true;
  if (!endsLikeSentence(s) && words(s).length <= 25 && MASTHEAD_LINES.some((re) => re.test(fold(s)))) return true;
  // One or two words and no sentence punctuation: a button or label ("Zalo", "Đóng", "Top").
  return words(s).length <= 2 && !endsLikeSentence(s);
}

const RELATED = /^(?:tin|bai|bai viet|video|chu de|su kien)?\s*(?:lien quan|cung chuyen muc|noi bat|moi nhat|moi|khac|doc nhieu|xem nhieu|hot|duoc quan tam)$|^(?:xem them|doc them|co the ban quan tam|ban co the quan tam|cung chuyen muc|tieu diem|doc nhieu nhat|xem nhieu nhat)$/;

/** A heading that opens a related-headline list: "Tin liên quan", "Xem thêm:", "Đọc thêm"… */
export function isRelatedHeading(s: string): boolean {
  return words(s).length <= 6 && RELATED.test(fold(s));
}

/** "Xem thêm: <headline>" / "Đọc thêm: <headline>" on one line. */
export function isInlineRelated(s: string): boolean {
  const m = /^([^:]{2,30}):\s*\S/.exec(s);
  return m !== null && RELATED.test(fold(m[1]!)) && words(s).length <= 40;
}

/** The heading of a comment section: "Bình luận", "BÌNH LUẬN (3)", "Ý kiến bạn đọc". */
export function isCommentHeading(s: string): boolean {
  return /^(?:binh luan|y kien ban doc|y kien|comments?|binh luan cua ban)(?:\s*\(\d+\))?$/.test(fold(s)) &&
    !/^y kien$/.test(fold(s)); // a bare "Ý kiến" is also an ordinary subheading
}

/** A back-to-top link: the page's content ended above it. */
export function isBackToTop(s: string): boolean {
  return /^(?:top|len dau trang|ve dau trang|dau trang|back to top|\^)$/.test(fold(s));
}

/**
 * "Link bài gốc", "Lấy link", "Nguồn bài viết": the source-link box that closes an article. A row of share buttons
 * ("Share | Tweet | Copy link", "Chia sẻ · Sao chép link"), which a page may show under its lede, is not one.
 */
export function isSourceLinkBox(s: string): boolean {
  const f = fold(s);
  return words(s).length <= 8 && /\b(?:link bai goc|lay link|copy link|sao chep link)\b/.test(f) &&
    !/\b(?:share|tweet|chia se|facebook|zalo)\b|[|·•]/.test(f);
}

/** CMS-generated image alt text "<title>- Ảnh 1." */
export function isNumberedImageAlt(s: string): boolean {
  return /[-–]\s*(?:Ảnh|ảnh|ẢNH|Photo)\s*\d+\.?$/u.test(s) && words(s).length <= 50;
}

/** A line that is only a photo/video credit: "ẢNH: AFP", "(Ảnh: Reuters)", "Ảnh minh họa". */
export function isPhotoCredit(s: string): boolean {
  return (
    /^\(?\s*(?:ảnh|nguồn ảnh|nguồn|photo|video|clip|đồ họa)\s*:\s*[^.!?]{1,60}\)?\.?$/iu.test(s) ||
    /^\(?\s*ảnh minh họa\s*\)?\.?$/iu.test(s)
  );
}

/** A caption's trailing credit: "… ngày 18/6/2021. Ảnh: Sputnik" / "… (Ảnh: X/AFP)". */
export function stripTrailingPhotoCredit(s: string): string {
  const m = /\s+\(?(?:Ảnh|ẢNH|Nguồn ảnh|NGUỒN ẢNH|Photo|PHOTO)\s*:\s*[^.!?()]{1,80}\)?\s*$/u.exec(s);
  if (!m) return s;
  const before = s.slice(0, m.index).trimEnd();
  return words(before).length >= 3 ? before : s;
}

/** A line that only credits a source agency: "Theo RT", "(Theo TASS)", "Nguồn: Reuters". */
export function parseCreditLine(s: string): string | null {
  const m = /^\(?\s*(?:theo|nguồn)\s*:?\s+([^()]{1,50}?)\s*\)?\.?$/iu.exec(s.trim());
  if (!m || words(s).length > 6) return null;
  return m[1]!.trim();
}

/** Image alt text: a short line with no diacritics at all, in an article written with them. */
export function isAsciiAltText(s: string, vietnamese: boolean): boolean {
  return vietnamese && words(s).length <= 12 && !endsLikeSentence(s) && !hasDiacritics(s) && /\p{L}/u.test(s);
}

// A headline followed by the dash that parts it from the next one in a ticker: "Ông Ba về quê ăn Tết -".
const TICKER_ITEM = /\S\s[-–]$/u;
// Headlines in a row before a ticker is told from a list.
const TICKER_RUN = 3;

/**
 * The lines of a headline ticker flattened onto the page, one headline a line, each but the last closed by the dash
 * that parted it from the next (a lone dash may open it): other articles' headlines, neither body nor title, whose
 * days ("Tử vi thứ 4 ngày 18/3 …") are not the page's.
 */
export function tickerLines(items: string[]): boolean[] {
  const ticker = new Array<boolean>(items.length).fill(false);
  for (let i = 0; i < items.length; ) {
    let j = i;
    while (j < items.length && TICKER_ITEM.test(items[j]!) && words(items[j]!).length >= 4) j++;
    if (j - i < TICKER_RUN) {
      i = j + 1;
      continue;
    }
    if (i > 0 && /^[-–]$/u.test(items[i - 1]!.trim())) ticker[i - 1] = true;
    // The last headline has no dash after it: a headline-sized line, not a sentence.
    const last = items[j];
    if (last !== undefined && words(last).length >= 4 && words(last).length <= 40 && !endsLikeSentence(last)) j++;
    for (let k = i; k < j; k++) ticker[k] = true;
    i = j;
  }
  return ticker;
}
