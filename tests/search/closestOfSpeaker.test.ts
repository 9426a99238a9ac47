import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/view.js';
import { answerSetText } from '../../src/answer/plainText.js';
import { answersJson } from '../../src/answer/json.js';
import { buildAnswerReply } from '../../src/discord/replies.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// Invented articles: a fisheries official speaks of port fees and fishermen's profit, another person of tourism.
const doc = articlesOn('2025-05-14');
const PORT = doc('p1.txt', 'Ngư dân kiến nghị giảm phí cảng cá', [
  'Ông Teodor Brandvik, Cục trưởng Cục Thủy sản, ngày 13/5 cho biết phí neo đậu tại các cảng cá sẽ được giảm một nửa từ tháng 7.',
  '“Lợi nhuận của ngư dân năm nay giảm mạnh vì giá dầu tăng, chúng tôi phải hỗ trợ họ”, ông Brandvik nói.',
]);
const TOUR = articlesOn('2025-06-02')('t1.txt', 'Du lịch biển hút khách', [
  'Bà Oona Kessler, Giám đốc Sở Du lịch, cho biết lượng khách tới các bãi biển tăng 30% so với cùng kỳ.',
]);

// Words of the questions below that a real corpus writes elsewhere (a target, a share in percent).
const COOP = articlesOn('2025-06-20')('c1.txt', 'Hợp tác xã đặt mục tiêu mới', [
  'Bà Ysolde Marchetti, Chủ tịch Liên minh Hợp tác xã, cho biết mục tiêu năm nay là tăng doanh thu thêm 30%.',
  'Theo kế hoạch, các hợp tác xã sẽ mở thêm 12 điểm bán hàng trong quý ba.',
]);

// The same in English copy: an English page of the same corpus.
const PORT_EN = articlesOn('2025-05-15')('e1.txt', 'Fishermen ask for lower harbour fees', [
  'Teodor Brandvik, head of the fisheries department, said on Tuesday that mooring fees at fishing ports would be halved from July.',
  '"Fishermen\'s profits fell sharply this year as fuel prices rose, and we must help them," Brandvik said.',
]);
const COOP_EN = articlesOn('2025-06-21')('e2.txt', 'Cooperatives set a new goal', [
  'Ysolde Marchetti, who chairs the union of cooperatives, said the goal this year was to raise sales by 30 percent.',
]);

describe('"what did X say about Y" when X is quoted but never on Y', () => {
  const index = createSearchIndex(extractCorpus([PORT, TOUR, COOP, PORT_EN, COOP_EN]));
  const speakers = (q: string) => index.ask(q).map((r) => r.speaker);

  it('X on a topic X spoke of: X\'s statement, no note', () => {
    const set = answerQuestion(index, 'Brandvik nói gì về phí neo đậu cảng cá?');
    expect(set.answers[0]?.text).toContain('phí neo đậu');
    expect(set.speakerOffTopic ?? null).toBeNull();
  });

  it('X on a topic X never spoke of exactly: X\'s closest statements, and the reply says so', () => {
    // The English question finds "profits" for its "profit": the English copy of the same statement comes first.
    for (const [q, words] of [
      ['Brandvik đánh giá thế nào về mục tiêu lợi nhuận 30%?', 'Lợi nhuận của ngư dân'],
      ['What did Brandvik say about the profit target?', 'profits fell sharply'],
    ] as const) {
      const set = answerQuestion(index, q);
      expect(set.answers.length).toBeGreaterThan(0);
      expect(set.answers.every((a) => a.speaker?.includes('Brandvik'))).toBe(true);
      expect(set.answers[0]?.text).toContain(words);
      expect(set.speakerOffTopic).toContain('Brandvik');
      expect(answerSetText(set, 'vi')).toContain('không có phát biểu nào về đúng điều này');
      // The JSON keeps its shape: the results, best first, with no new field.
      expect(Object.keys(answersJson(set.answers).results[0]!)).not.toContain('offTopic');
    }
    const english = answerQuestion(index, 'What did Brandvik say about the profit target?');
    expect(answerSetText(english, 'en')).toContain('has no statement on exactly this');
    const embed = buildAnswerReply({ set: english, page: 0, lang: 'en', state: 's' }).embeds?.[0];
    expect(embed?.description).toContain('has no statement on exactly this');
  });

  it('X on a topic none of X\'s words touch, or a person no article names: nothing', () => {
    expect(speakers('Brandvik nói gì về giải bóng đá mùa thu?')).toEqual([]);
    // One word of the topic in X's words, another in no article: the topic is not the corpus's.
    expect(speakers('Brandvik nói gì về lợi nhuận của ngành thép?')).toEqual([]);
    expect(speakers('Ông Lazlo Quennell nói gì về phí neo đậu cảng cá?')).toEqual([]);
  });
});
