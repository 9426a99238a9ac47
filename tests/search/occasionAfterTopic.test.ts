import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { buildEngine } from '../../src/search/engine.js';
import { createSearchIndex } from '../../src/search/index.js';
import { parseQuestion } from '../../src/search/question.js';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteIn } from '../helpers/articles.js';

// Two invented match reports, one in English and one in Vietnamese: the coach speaks of a player (without naming the
// match) and of the match itself (without naming the player).
const EN = makeDoc([
  '"Minh Quan is the most dangerous striker I have trained, he finds space nobody else sees," coach Tomas Velde said.',
  '"We won because the defenders stayed calm against Laos for ninety minutes," Velde added.',
  '"Beating Laos after losing to them last spring shows how far this team has come," he said.',
], { file: 'en1.txt', title: 'Velde praises young striker', outlet: 'Sport Daily', published: '2025-03-04' });
const VI = makeDoc([
  'HLV Tomas Velde nói: "Hữu Phước chuyền bóng thông minh nhất đội, cậu ấy đọc trận đấu rất nhanh".',
  'Ông Velde cho biết cả đội thắng Campuchia nhờ hàng thủ giữ được bình tĩnh suốt trận.',
], { file: 'vi1.txt', title: 'HLV Velde khen tiền vệ Hữu Phước', outlet: 'Báo Thể thao', published: '2025-03-05' });
const quote = (id: string, d: CorpusDocument, para: number, text: string, kind: Quote['kind']): Quote =>
  quoteIn(d, para, { id, speaker: 'Tomas Velde', speakerId: 'tomas-velde', text, kind, date: d.published, dateSource: 'published' });
const EXTRACTION: Extraction = {
  documents: [EN, VI],
  speakers: [{ id: 'tomas-velde', name: 'Tomas Velde', aliases: ['Velde', 'coach Tomas Velde'], role: 'HLV' }],
  quotes: [
    quote('e1', EN, 0, 'Minh Quan is the most dangerous striker I have trained, he finds space nobody else sees', 'direct'),
    quote('e2', EN, 1, 'We won because the defenders stayed calm against Laos for ninety minutes', 'direct'),
    quote('e3', EN, 2, 'Beating Laos after losing to them last spring shows how far this team has come', 'direct'),
    quote('v1', VI, 0, 'Hữu Phước chuyền bóng thông minh nhất đội, cậu ấy đọc trận đấu rất nhanh', 'direct'),
    quote('v2', VI, 1, 'cả đội thắng Campuchia nhờ hàng thủ giữ được bình tĩnh suốt trận', 'indirect'),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"what did X say about Y after Z": Y is what was said, Z only when', () => {
  it.each([
    ['What did coach Tomas Velde say about Minh Quan after beating Laos?', 'most dangerous striker'],
    ['HLV Tomas Velde nói gì về Hữu Phước sau trận thắng Campuchia?', 'chuyền bóng thông minh'],
    ['Velde nói gì về Hữu Phước khi đội thắng Campuchia?', 'chuyền bóng thông minh'],
  ])('%s → the words about the player first', (question, words) => {
    const [first] = index.ask(question);
    expect(first?.speaker).toBe('Tomas Velde');
    expect(first?.text).toContain(words);
  });

  it('"about the defenders after beating Laos" → the words on the defenders', () => {
    const [first] = index.ask('What did Tomas Velde say about the defenders after beating Laos?');
    expect(first?.text).toContain('defenders stayed calm');
  });

  it('leaves the clause required when no "về"/"about" opens the topic ("đánh giá Y thế nào sau khi Z")', () => {
    const e = buildEngine(EXTRACTION);
    const p = parseQuestion('Velde đánh giá hàng thủ thế nào sau khi thắng Campuchia?', e.directory, e.corrector.df);
    expect(p.words.filter((w) => w.occasion).map((w) => w.folded)).toEqual([]);
  });

  it('reads "trong cuộc …" after the topic as more of the topic ("hàng thủ trong cuộc đua trụ hạng")', () => {
    const e = buildEngine(EXTRACTION);
    const p = parseQuestion('Velde nói gì về hàng thủ trong cuộc đua trụ hạng?', e.directory, e.corrector.df);
    expect(p.words.filter((w) => w.occasion).map((w) => w.folded)).toEqual([]);
  });

  it('reads "tại cuộc họp báo …" after the topic as the occasion', () => {
    const [first] = index.ask('Velde nói gì về Hữu Phước tại cuộc họp báo sau trận gặp Campuchia?');
    expect(first?.text).toContain('chuyền bóng thông minh');
  });
});

// An invented Vietnamese match report whose coaches are asked of by their office, not by name.
const CLUB = createSearchIndex(extractCorpus([
  makeDoc([
    'Chiều 9/3, CLB Phú Lạc thua 0-2 trên sân nhà.',
    'HLV Đặng Quốc Khải của CLB Phú Lạc nói: “Mặt sân quá trơn sau cơn mưa, các cầu thủ không thể chuyền bóng sệt”.',
    'Ông Khải cho biết thua Đồng Lâm trên sân nhà là bài học lớn cho cả đội.',
  ], { file: 'vi2.txt', title: 'Phú Lạc thua trên sân nhà', outlet: 'Báo Thể thao', published: '2025-03-10' }),
  makeDoc(['Giá lúa đông xuân tăng nhẹ trong tuần qua.'], { file: 'vi3.txt', title: 'Giá lúa tăng', published: '2025-03-10' }),
]));

describe('the same when the speaker is asked of by an office ("the X coach", "Bộ Y tế")', () => {
  it.each([
    'What did the Phu Lac coach say about the pitch after losing to Dong Lam?',
    'HLV Phú Lạc nói gì về mặt sân sau khi thua Đồng Lâm?',
  ])('%s → the words about the pitch first', (question) => {
    const [first] = CLUB.ask(question);
    expect(first?.speaker).toBe('Đặng Quốc Khải');
    expect(first?.text).toContain('Mặt sân quá trơn');
  });
});
