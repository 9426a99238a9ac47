/**
 * A statement opening on a demonstrative ("đây là …", "điều này …", "this is …") speaks of what the sentence before
 * told and names none of it: a question naming that topic found the speaker's other words, not these. It is indexed
 * with the sentence before (anaphora.ts), as an interview's answer is with its question.
 */
import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// An invented report: a choir's director on its season, then on two singers picked for a national tour.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Nhạc trưởng Lê Bảo Thư cho biết dàn hợp xướng Hoa Súng sẽ biểu diễn 12 đêm trong mùa diễn năm nay.',
    'Hai giọng nữ cao Đinh Mỹ Duyên và Tạ Ngọc Hằng vừa được chọn vào đoàn lưu diễn quốc gia.',
    'Nhạc trưởng Lê Bảo Thư cho rằng đây là phần thưởng xứng đáng cho nhiều năm luyện tập của hai cô.',
  ], { file: 'choir.txt', title: 'Hợp xướng Hoa Súng vào mùa diễn mới', published: '2025-09-08' }),
]));

describe('a statement that refers back to the sentence before', () => {
  it('answers a question naming what that sentence told', () => {
    const set = answerQuestion(index, 'Nhạc trưởng Lê Bảo Thư nói gì về việc Mỹ Duyên và Ngọc Hằng được chọn vào đoàn lưu diễn quốc gia?');
    expect(set.answers[0]?.text).toContain('phần thưởng xứng đáng cho nhiều năm luyện tập');
    expect(answerSetText(set)).toContain('Người nói: Lê Bảo Thư');
  });

  it('keeps its own words, speaker and excerpt: only the search reads the sentence before', () => {
    const set = answerQuestion(index, 'Nhạc trưởng Lê Bảo Thư nói gì về việc Mỹ Duyên và Ngọc Hằng được chọn vào đoàn lưu diễn quốc gia?');
    expect(set.answers[0]?.text).not.toContain('Đinh Mỹ Duyên');
  });
});
