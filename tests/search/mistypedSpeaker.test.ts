import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented session of a provincial council: its chair asks the director to answer in writing, and a delegate
// speaks of the same questions.
const doc = articlesOn('2025-06-03');
const SESSION = doc('h1.txt', 'Kết thúc phiên chất vấn Giám đốc Sở Giao thông', [
  'Chủ tọa Đỗ Thị Minh Hoa đề nghị Giám đốc Sở trả lời bằng văn bản các câu hỏi chưa kịp chất vấn.',
  'Đại biểu Vương Đình Lạc cho rằng nhiều câu hỏi chất vấn về cầu Nậm Ty chưa được trả lời thỏa đáng.',
]);
const quote = (id: string, speakerId: string, speaker: string, para: number, text: string): Quote => quoteIn(SESSION, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-06-02', dateSource: 'context',
});
const HOA = quote('q1', 'do-thi-minh-hoa', 'Đỗ Thị Minh Hoa', 0, 'Giám đốc Sở trả lời bằng văn bản các câu hỏi chưa kịp chất vấn');
const LAC = quote('q2', 'vuong-dinh-lac', 'Vương Đình Lạc', 1, 'nhiều câu hỏi chất vấn về cầu Nậm Ty chưa được trả lời thỏa đáng');
const EXTRACTION: Extraction = {
  documents: [SESSION],
  speakers: [
    { id: 'do-thi-minh-hoa', name: 'Đỗ Thị Minh Hoa', aliases: ['Chủ tọa Đỗ Thị Minh Hoa'], role: 'Chủ tọa' },
    { id: 'vuong-dinh-lac', name: 'Vương Đình Lạc', aliases: ['Đại biểu Vương Đình Lạc'], role: 'Đại biểu' },
  ],
  quotes: [HOA, LAC],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a full name with one syllable mistyped is the speaker of that name', () => {
  it('"Đỗ Thị Minh Hoan nói gì về Y" is asked of Đỗ Thị Minh Hoa: her words in the session on Y, not nothing', () => {
    // Her words do not repeat Y; the article does (the rule of "what did X say about Y" for a known speaker).
    const answers = index.ask('Bà Đỗ Thị Minh Hoan nói gì về cầu Nậm Ty?');
    expect(answers[0]?.speaker).toBe('Đỗ Thị Minh Hoa');
    expect(answers[0]?.text).toBe(HOA.text);
  });

  it('the other speaker of the session is not taken for her', () => {
    const answers = index.ask('Bà Đỗ Thị Minh Hoan nói gì về những câu hỏi chưa kịp chất vấn?');
    expect(answers.map((r) => r.speaker)).toEqual(['Đỗ Thị Minh Hoa']);
  });
});

// An invented cup final: the winning side's striker and a pundit both speak of the final.
const FINAL = doc('h2.txt', 'Đội bóng thành phố đoạt cúp sau loạt sút luân lưu', [
  'Tiền đạo Trịnh Quốc Khánh nói sau trận chung kết rằng cả đội đã chờ chiếc cúp này suốt mười năm.',
  'Bình luận viên Lê Minh Tâm cho rằng trận chung kết cúp quốc gia năm nay là trận chung kết hay nhất nhiều năm qua.',
  'Trước đó, thủ môn Quốc Khang của đội khách cũng cản phá hai quả luân lưu.',
]);
const inFinal = (id: string, speakerId: string, speaker: string, para: number, text: string): Quote => quoteIn(FINAL, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-06-02', dateSource: 'context',
});
const KHANH = inFinal('f1', 'trinh-quoc-khanh', 'Trịnh Quốc Khánh', 0, 'cả đội đã chờ chiếc cúp này suốt mười năm');
const TAM = inFinal('f2', 'le-minh-tam', 'Lê Minh Tâm', 1, 'trận chung kết cúp quốc gia năm nay là trận chung kết hay nhất nhiều năm qua');
const FINAL_INDEX = createSearchIndex({
  documents: [FINAL],
  speakers: [
    { id: 'trinh-quoc-khanh', name: 'Trịnh Quốc Khánh', aliases: ['Tiền đạo Trịnh Quốc Khánh'], role: 'Tiền đạo' },
    { id: 'le-minh-tam', name: 'Lê Minh Tâm', aliases: ['Bình luận viên Lê Minh Tâm'], role: 'Bình luận viên' },
  ],
  quotes: [KHANH, TAM],
  events: [],
});

describe('a given name of two syllables, one of them written in no article, is the speaker one letter from it', () => {
  it('"Quốc Khán nói gì về trận chung kết" gives the striker Trịnh Quốc Khánh\'s words first, not the pundit\'s', () => {
    const answers = FINAL_INDEX.ask('Quốc Khán nói gì về trận chung kết cúp quốc gia?');
    expect(answers[0]?.speaker).toBe('Trịnh Quốc Khánh');
    expect(answers[0]?.text).toBe(KHANH.text);
  });

  it('a given name the article writes of someone else ("Quốc Khang", the keeper) is not taken for the striker', () => {
    const answers = FINAL_INDEX.ask('Quốc Khang nói gì về trận chung kết cúp quốc gia?');
    expect(answers.some((r) => r.speaker === 'Trịnh Quốc Khánh')).toBe(false);
  });
});
