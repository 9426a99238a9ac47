/**
 * A numeric stamp on an English page ("03/06/2025 16:19 GMT+7") cannot say which number is the month: Vietnamese
 * sites write the day first, English copy (and the sites that follow it) the month first. When both numbers could
 * be a month and differ, the day of the page is not known, and every date counted from it ("on Friday", "yesterday")
 * would be a guess: such a page is read as undated. A Vietnamese page's stamp is day-first, read as written.
 */
import type { CorpusDocument } from '../core/types.js';

const NUMERIC_STAMP = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}(?!\d)/;
const MARKED = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
// At least a fifth of a Vietnamese text's words carry a mark; English copy quoting a few names has far fewer.
const VIETNAMESE_SHARE = 0.2;

/** Whether a page's words are English (or another language without Vietnamese marks). */
function isUnmarked(texts: string[]): boolean {
  const words = texts.join(' ').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => MARKED.test(w)).length / words.length < VIETNAMESE_SHARE;
}

/** Whether the page's stamp is numeric with day and month interchangeable, on a page not written in Vietnamese. */
export function isStampOrderUnknown(doc: Pick<CorpusDocument, 'publishedRaw' | 'published'>, texts: string[]): boolean {
  const m = doc.published && doc.publishedRaw ? NUMERIC_STAMP.exec(doc.publishedRaw) : null;
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a <= 12 && b <= 12 && a !== b && isUnmarked(texts);
}
