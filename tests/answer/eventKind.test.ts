/**
 * Issue 14: an event ranked as an answer says what it is. A statement shows its speaker, a sentence of the article says
 * it is one; an event showed neither, so a reader could take "Cầu … thông xe" for someone's words. It now carries a
 * kind line on every surface: the console and CLI text and the Discord embed.
 */
import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import type { Extraction } from '../../src/core/types.js';
import { buildAnswerReply, type ReplyPayload } from '../../src/discord/replies.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn } from '../helpers/articles.js';

// An invented report: a bridge opened to traffic on a stated day.
const doc = articlesOn('2025-04-12');
const BRIDGE = doc('b1.txt', 'Cầu Sông Mây thông xe', [
  'Ngày 10/4, cầu Sông Mây nối hai xã Tân Lư và Hòa Nhã chính thức thông xe sau 18 tháng thi công.',
]);
const EXTRACTION: Extraction = {
  documents: [BRIDGE],
  speakers: [],
  quotes: [],
  events: [
    eventIn(BRIDGE, 0, {
      id: 'e1', date: '2025-04-10', dateSource: 'sentence',
      text: 'cầu Sông Mây nối hai xã Tân Lư và Hòa Nhã chính thức thông xe sau 18 tháng thi công',
    }),
  ],
};
const index = createSearchIndex(EXTRACTION);

function embedFields(p: ReplyPayload): string[] {
  return (p.embeds ?? []).flatMap((e) => (e.fields ?? []).map((f) => `${f.name}: ${f.value}`));
}

describe('an event ranked first', () => {
  const set = answerQuestion(index, 'Cầu Sông Mây thông xe khi nào?');

  it('is the event, with its day', () => {
    expect(set.answers[0]?.type).toBe('event');
    expect(answerSetText(set)).toContain('Thời gian: 10/4/2025');
  });

  it('the console and CLI say it is an event the article reports, with no speaker line', () => {
    const text = answerSetText(set);
    expect(text).toContain('Loại: sự kiện bài báo tường thuật, không phải lời được trích');
    expect(text).not.toContain('Người nói');
  });

  it('the Discord embed says the same', () => {
    expect(embedFields(buildAnswerReply({ set, page: 0, lang: 'vi', state: 's' }))).toContain(
      'Loại: sự kiện bài báo tường thuật, không phải lời được trích',
    );
  });

  it('in English: "Kind: an event the article reports"', () => {
    expect(answerSetText(set, 'en')).toContain('Kind: an event the article reports, not a quoted statement');
  });
});
