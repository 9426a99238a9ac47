/**
 * Every user-visible string of the digest, Vietnamese and English, in one place so a translator edits one file.
 */
import type { Language } from '../core/services.js';

export interface DigestStrings {
  title(date: string): string;
  onThisDay: string;
  quoteOfTheDay: string;
  newArticles: string;
  /** The whole digest when every chosen section is empty. */
  emptyDay: string;
  source: string;
  /** For an on-this-day item whose year is unknown: when the article reporting it came out. */
  reportedOn(date: string): string;
}

export const DIGEST_STRINGS: Readonly<Record<Language, DigestStrings>> = {
  vi: {
    title: (date) => `Điểm tin ngày ${date}`,
    onThisDay: 'Ngày này năm xưa',
    quoteOfTheDay: 'Trích dẫn của ngày',
    newArticles: 'Bài mới',
    emptyDay: 'Hôm nay chưa có gì đáng chú ý trong kho tin.',
    source: 'Nguồn',
    reportedOn: (date) => `bài ngày ${date}`,
  },
  en: {
    title: (date) => `Digest for ${date}`,
    onThisDay: 'On this day',
    quoteOfTheDay: 'Quote of the day',
    newArticles: 'New articles',
    emptyDay: 'Nothing worth noting in the news archive today.',
    source: 'Source',
    reportedOn: (date) => `reported ${date}`,
  },
};
