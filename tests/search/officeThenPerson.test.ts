/**
 * A question naming an office and then its holder ("Thứ trưởng Quốc phòng <name> cam kết gì …") asks of the person:
 * when English copy writes the office in English only ("Deputy Minister of Defence <name>"), the office was read as
 * written in no article and the question was answered with nothing, though the person's words stand in the corpus.
 * A person no article names is still answered with nothing (unknownPerson.ts).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/view.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// An invented English report: a seaport's new berth, a deputy minister's pledge of land.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Lach Vang Port will get a fourth container berth, the Ministry of Transport has decided.',
    'Deputy Minister of Finance Truong Bao Khanh pledged to release VND900 billion for dredging the channel before the rainy season.',
  ], { file: 'port.txt', title: 'Lach Vang Port to get a fourth berth', published: '2025-03-11' }),
]));

describe('an office and its holder asked of in Vietnamese, written in English copy', () => {
  it('finds the holder\'s words', () => {
    const set = answerQuestion(index, 'Thứ trưởng Tài chính Trương Bảo Khánh cam kết gì về nạo vét luồng cảng Lạch Vàng?');
    expect(set.answers[0]?.text).toContain('release VND900 billion for dredging the channel');
  });

  it('a holder no article names is still answered with nothing', () => {
    expect(answerQuestion(index, 'Thứ trưởng Tài chính Hoàng Văn Lực cam kết gì về nạo vét luồng cảng?').answers).toEqual([]);
  });

  it('the office alone, written in no article in Vietnamese or English, is still answered with nothing', () => {
    expect(answerQuestion(index, 'Thứ trưởng Y tế nói gì về nạo vét luồng cảng?').answers).toEqual([]);
  });
});
