import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented reports: a coach who complains about the reporters' questions, a councillor who promises voters a road
// (beside a chairman whose words hold the verb), and a lawyer who asks the court for leniency (beside the
// prosecutor's request). The answers' words do not repeat the verb a reader asks with.
const doc = articlesOn('2025-04-12');
const COACH = doc('c1.txt', 'HLV Tobias Renn khó chịu trong phòng họp báo', [
  'Được hỏi về thủ môn Lâm Tuấn, HLV Tobias Renn lắc đầu: “Tôi không hiểu vì sao phóng viên cứ hỏi về thủ môn”.',
  'Đội của ông thắng 2-0 trên sân nhà.',
]);
const COUNCIL = doc('v1.txt', 'Tiếp xúc cử tri xã Đông Lạc', [
  'Bà Lò Thị Mai, đại biểu HĐND tỉnh, cho biết tuyến đường liên xã sẽ được trải nhựa trước mùa mưa.',
  'Chủ tịch UBND xã Hà Văn Bình cho biết xã đã hứa với cử tri nhiều lần về tuyến đường liên xã.',
]);
const COURT = doc('l1.txt', 'Phiên tòa xử vụ lừa đảo đất nền', [
  'Luật sư Vi Đức Hạnh, bào chữa cho bị cáo Đàm Văn Sỹ, cho rằng thân chủ đã khắc phục toàn bộ hậu quả và xin hội đồng xét xử cho hưởng án treo.',
  'Đại diện viện kiểm sát đề nghị hội đồng xét xử phạt bị cáo Đàm Văn Sỹ từ 7 đến 8 năm tù.',
]);
const quote = (id: string, speakerId: string, speaker: string, d: typeof COACH, para: number, text: string): Quote => quoteIn(d, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-04-11', dateSource: 'context',
});
const RENN = quote('r1', 'tobias-renn', 'Tobias Renn', COACH, 0, 'Tôi không hiểu vì sao phóng viên cứ hỏi về thủ môn');
const MAI = quote('m1', 'lo-thi-mai', 'Lò Thị Mai', COUNCIL, 0, 'tuyến đường liên xã sẽ được trải nhựa trước mùa mưa');
const BINH = quote('b1', 'ha-van-binh', 'Hà Văn Bình', COUNCIL, 1, 'xã đã hứa với cử tri nhiều lần về tuyến đường liên xã');
const HANH = quote('h1', 'vi-duc-hanh', 'Vi Đức Hạnh', COURT, 0, 'thân chủ đã khắc phục toàn bộ hậu quả và xin hội đồng xét xử cho hưởng án treo');
const EXTRACTION: Extraction = {
  documents: [COACH, COUNCIL, COURT],
  speakers: [
    { id: 'tobias-renn', name: 'Tobias Renn', aliases: ['HLV Tobias Renn'], role: 'HLV' },
    { id: 'lo-thi-mai', name: 'Lò Thị Mai', aliases: ['Bà Lò Thị Mai'], role: 'đại biểu HĐND tỉnh' },
    { id: 'ha-van-binh', name: 'Hà Văn Bình', aliases: [], role: 'Chủ tịch UBND xã' },
    { id: 'vi-duc-hanh', name: 'Vi Đức Hạnh', aliases: ['Luật sư Vi Đức Hạnh'], role: 'Luật sư bào chữa cho bị cáo Đàm Văn Sỹ' },
  ],
  quotes: [RENN, MAI, BINH, HANH],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('requests, complaints and promises are asked of as statements', () => {
  it('"Ai phàn nàn rằng …": the complaint is found though its words never say "phàn nàn"', () => {
    const [r] = index.ask('Ai phàn nàn rằng phóng viên cứ hỏi về thủ môn?');
    expect(r?.speaker).toBe('Tobias Renn');
    expect(r?.text).toBe(RENN.text);
  });

  it.each([
    'Bà Lò Thị Mai hứa gì với cử tri?',
    'What did Lo Thi Mai promise voters?',
  ])('%s → the councillor\'s words only, not the chairman\'s that hold the verb', (question) => {
    const answers = index.ask(question);
    expect(answers.map((r) => r.speaker)).toEqual(['Lò Thị Mai']);
    expect(answers[0]?.text).toBe(MAI.text);
  });

  it('"Luật sư bào chữa cho Y đề nghị tòa gì": the lawyer\'s request, not the prosecutor\'s', () => {
    const answers = index.ask('Luật sư bào chữa cho Đàm Văn Sỹ đề nghị hội đồng xét xử điều gì?');
    expect(answers[0]?.speaker).toBe('Vi Đức Hạnh');
    expect(answers[0]?.text).toBe(HANH.text);
    expect(answers.some((r) => r.text.includes('viện kiểm sát'))).toBe(false);
  });
});

// An invented report: a ministry proposes a cut (told by the report, no one quoted on the figure), and an official
// of the ministry comments on it.
const FEE = doc('f1.txt', 'Đề xuất giảm phí kiểm định xe máy', [
  'Bộ Công Thương đề xuất giảm 30% phí kiểm định xe máy từ tháng 7.',
  'Ông Lâm Văn Khoa, Vụ trưởng Vụ Thị trường, Bộ Công Thương, cho biết việc giảm phí kiểm định xe máy là giải pháp tạm thời.',
]);
const KHOA = quoteIn(FEE, 1, {
  id: 'k1', speaker: 'Lâm Văn Khoa', speakerId: 'lam-van-khoa', kind: 'indirect', date: '2025-04-11', dateSource: 'context',
  text: 'việc giảm phí kiểm định xe máy là giải pháp tạm thời',
});
const feeIndex = createSearchIndex({
  documents: [FEE],
  speakers: [{ id: 'lam-van-khoa', name: 'Lâm Văn Khoa', aliases: [], role: 'Vụ trưởng Vụ Thị trường, Bộ Công Thương' }],
  quotes: [KHOA],
  events: [],
} satisfies Extraction);

describe('a request verb in a question that asks for an amount', () => {
  it('"Bộ X đề xuất giảm Y bao nhiêu?" → the sentence with the amount, not the official\'s comment', () => {
    const [r] = feeIndex.ask('Bộ Công Thương đề xuất giảm phí kiểm định xe máy bao nhiêu?');
    expect(r?.text).toContain('30%');
  });
});
