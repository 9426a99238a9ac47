import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { speaksInSentence } from '../../src/search/question.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented trial report: the defendant is named once with his former office, then called by that office; his
// first remark is a sentence the extraction did not take ("trình bày rằng"), the others are statements.
const doc = articlesOn('2025-06-12');
const TRIAL = doc('t1.txt', 'Phiên xử vụ đấu thầu thiết bị ở Lạc Sơn', [
  'Trong phần tự bào chữa của mình, ông Đỗ Khắc Vĩnh (nguyên Giám đốc Sở Xây dựng Lạc Sơn) trình bày rằng bị cáo đã làm theo chỉ đạo cấp trên.',
  'Nguyên Giám đốc Sở Xây dựng Lạc Sơn nói: “Bị cáo không nhận một đồng nào từ nhà thầu”.',
  'Trước tòa, bị cáo Vĩnh mong hội đồng xét xử xem xét hoàn cảnh gia đình.',
]);
const OTHER = doc('t2.txt', 'Hai phó giám đốc sở cùng lên tiếng', [
  'Phó Giám đốc Sở Y tế Lạc Sơn Mai Hữu Tín cho biết bệnh viện đủ thuốc.',
  'Phó Giám đốc Sở Y tế Lạc Sơn Hồ Thị Loan cho biết sẽ kiểm tra các nhà thuốc.',
]);
const quote = (id: string, speakerId: string, speaker: string, text: string, kind: Quote['kind'], d: CorpusDocument, para: number): Quote => quoteIn(d, para, {
  id, speaker, speakerId, text, kind, date: '2025-06-11', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [TRIAL, OTHER],
  speakers: [
    { id: 'do-khac-vinh', name: 'Đỗ Khắc Vĩnh', aliases: ['bị cáo Vĩnh'], role: 'nguyên Giám đốc Sở Xây dựng Lạc Sơn' },
    { id: 'mai-huu-tin', name: 'Mai Hữu Tín', aliases: [], role: 'Phó Giám đốc Sở Y tế Lạc Sơn' },
    { id: 'ho-thi-loan', name: 'Hồ Thị Loan', aliases: [], role: 'Phó Giám đốc Sở Y tế Lạc Sơn' },
    { id: 'le-van-an', name: 'Lê Văn An', aliases: [], role: 'Đại tá' },
    { id: 'vu-dinh-ket', name: 'Vũ Đình Kết', aliases: [], role: 'Giám đốc Công an tỉnh' },
  ],
  quotes: [
    quote('v1', 'do-khac-vinh', 'Đỗ Khắc Vĩnh', 'Bị cáo không nhận một đồng nào từ nhà thầu', 'direct', TRIAL, 1),
    quote('v2', 'do-khac-vinh', 'Đỗ Khắc Vĩnh', 'hội đồng xét xử xem xét hoàn cảnh gia đình', 'indirect', TRIAL, 2),
    quote('t1', 'mai-huu-tin', 'Mai Hữu Tín', 'bệnh viện đủ thuốc', 'indirect', OTHER, 0),
    quote('l1', 'ho-thi-loan', 'Hồ Thị Loan', 'sẽ kiểm tra các nhà thuốc', 'indirect', OTHER, 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('an office held by one speaker names that speaker', () => {
  it('reads "Nguyên Giám đốc Sở X nói gì" as that person, with or without "nguyên"', () => {
    expect(index.readQuestion!('Nguyên Giám đốc Sở Xây dựng Lạc Sơn nói gì?').speaker?.name).toBe('Đỗ Khắc Vĩnh');
    expect(index.resolveSpeaker('Giám đốc Sở Xây dựng Lạc Sơn')?.name).toBe('Đỗ Khắc Vĩnh');
  });

  it('names nobody when two speakers hold the office, or the office is a bare rank or a bare level of government', () => {
    expect(index.readQuestion!('Phó Giám đốc Sở Y tế Lạc Sơn nói gì?').speaker).toBeNull();
    expect(index.resolveSpeaker('Đại tá')).toBeNull();
    // Every province has one: the only one quoted is not "the" director.
    expect(index.resolveSpeaker('Giám đốc Công an tỉnh')).toBeNull();
  });

  it.each(['Ông Vĩnh nói gì trong phần tự bào chữa?', 'Nguyên Giám đốc Sở Xây dựng Lạc Sơn nói gì trong phần tự bào chữa?'])(
    '%s → the sentence of that occasion where he speaks, before his other statements',
    (question) => {
      const [r] = index.ask(question);
      expect(r?.text).toContain('bị cáo đã làm theo chỉ đạo cấp trên');
    },
  );
});

describe('speaksInSentence', () => {
  it.each([
    ['Ông Đỗ Khắc Vĩnh (nguyên Giám đốc Sở) trình bày rằng bị cáo vô can.', true],
    ['Trong phần bào chữa của mình, ông Vĩnh cho biết bị cáo vô can.', true],
    ['Luật sư của ông Vĩnh cho biết bị cáo vô can.', false],
    ['Ông Vĩnh bị đề nghị mức án 6 năm tù.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(speaksInSentence(sentence, 'Đỗ Khắc Vĩnh')).toBe(expected);
  });
});
