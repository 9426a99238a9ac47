/**
 * A lede about a statement issued in writing ("EVN chiều 9/10 phát đi thông cáo báo chí cho biết …", "Bộ Ngoại giao
 * ra thông báo", "the ministry said in a statement on Monday") dates the issuer's words, which the release holds. The
 * others quoted after it (a ministry, an official, residents asked for their view) did not speak in that release:
 * the lede's day is not when they spoke, and their words fall back to what their own sentences, paragraphs or the
 * page's day tell.
 */
import { GATHERING } from './statementDates.js';

// A written release before the reporting verb.
const RELEASE = /(?:^|[\s,(])(?:thông cáo(?:\s+báo chí)?|ra thông báo|phát đi thông báo|công văn|ra văn bản|press release|in a statement|statement issued|issued a statement)(?=[\s,.;:)]|$)/iu;

// An interview the paper itself held with one person ("Phóng viên … đã trao đổi với bà X", "Chúng tôi đã có cuộc trò
// chuyện với ông Y"): like a release, its day is that person's, not the day of others quoted around it.
const INTERVIEW = /(?:^|[\s,(])(?:phóng viên|PV|chúng tôi)(?![\p{L}\p{M}])[^.]{0,40}?(?:trao đổi|trò chuyện|phỏng vấn)(?:\s+riêng)?\s+với\s+(?:ông|bà|anh|chị|TS|ThS|PGS|GS|BS)(?![\p{L}\p{M}])/iu;

/**
 * Whether a lede tells a statement issued in writing, or an interview the paper held with one person, at no gathering
 * where others could speak.
 */
export function isReleaseLede(lede: string): boolean {
  return (RELEASE.test(lede) || INTERVIEW.test(lede)) && !GATHERING.test(lede);
}
