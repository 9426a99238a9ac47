import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles: a coach leaving a team, a researcher judging a model, a minister named by his role.
const doc = articlesOn('2025-02-04');
const DOCS = [
  doc('s1.txt', 'Liên đoàn bóng chuyền chấm dứt hợp đồng với HLV Paolo Ferrante', [
    'Liên đoàn Bóng chuyền ngày 3/2 thông báo chấm dứt hợp đồng với HLV Paolo Ferrante sau giải vô địch châu Á.',
    '“Tôi sẽ luôn nhớ những cô gái đã chiến đấu hết mình”, ông Ferrante viết trên mạng xã hội.',
  ]),
  doc('s2.txt', 'Viện Khí tượng công bố mô hình dự báo mưa Sao Mai', [
    'Viện Khí tượng giới thiệu mô hình dự báo mưa Sao Mai tại Đà Nẵng.',
    'TS Lê Thanh Bình đánh giá sản phẩm “nhanh hơn hẳn” so với phiên bản cũ.',
  ]),
  doc('s3.txt', 'Tranh cãi quanh kế hoạch của cảng biển', [
    'Kế hoạch đóng cửa cảng biển Pärnu trong ba tháng gây tranh cãi.',
    '“Chúng tôi sẽ không chấp nhận việc đóng cửa cảng”, ông Kivi nói.',
  ]),
];
const q = (id: string, speaker: string, speakerId: string, text: string, kind: Quote['kind'], d: number, para: number): Quote => quoteIn(DOCS[d]!, para, {
  id, speaker, speakerId, text, kind, date: '2025-02-03', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [
    { id: 'paolo-ferrante', name: 'Paolo Ferrante', aliases: ['ông Ferrante', 'Ferrante'], role: null },
    { id: 'le-thanh-binh', name: 'Lê Thanh Bình', aliases: ['ông Bình'], role: null },
    { id: 'mart-kivi', name: 'Mart Kivi', aliases: ['ông Kivi', 'Kivi'], role: 'Ngoại trưởng Estonia' },
  ],
  quotes: [
    q('f1', 'Paolo Ferrante', 'paolo-ferrante', 'Tôi sẽ luôn nhớ những cô gái đã chiến đấu hết mình', 'direct', 0, 1),
    q('b1', 'Lê Thanh Bình', 'le-thanh-binh', 'nhanh hơn hẳn', 'partial', 1, 1),
    q('k1', 'Mart Kivi', 'mart-kivi', 'Chúng tôi sẽ không chấp nhận việc đóng cửa cảng', 'direct', 2, 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('questions about a speaker', () => {
  it('strips a title before the name (TS, HLV) when resolving the speaker', () => {
    expect(index.resolveSpeaker('TS Lê Thanh Bình')?.id).toBe('le-thanh-binh');
    expect(index.resolveSpeaker('HLV Ferante')?.id).toBe('paolo-ferrante');
    expect(index.resolveSpeaker('PGS.TS Lê Thanh Bình')?.id).toBe('le-thanh-binh');
  });

  it('answers with the speaker\'s statement in an article about the topic, though the quoted words do not name it', () => {
    const [r] = index.ask('TS Lê Thanh Bình nói gì về mô hình dự báo mưa Sao Mai?');
    expect(r?.speaker).toBe('Lê Thanh Bình');
    expect(r?.text).toBe('nhanh hơn hẳn');
  });

  it('reads "nói gì sau khi …" as the occasion, not words the statement must contain (no diacritics, misspelt name)', () => {
    const [r] = index.ask('HLV Ferante noi gi sau khi roi doi bong chuyen');
    expect(r?.speaker).toBe('Paolo Ferrante');
    expect(r?.text).toContain('chiến đấu hết mình');
  });

  it('reads a bare "sau" after the verb ("nói gì sau trận thua …") as the occasion, though no article writes its words', () => {
    for (const question of ['HLV Ferrante nói gì sau trận thua đội Núi Đá?', 'HLV Ferrante nói gì sau giải vô địch châu Á']) {
      const [r] = index.ask(question);
      expect(r?.speaker).toBe('Paolo Ferrante');
      expect(r?.text).toContain('chiến đấu hết mình');
    }
  });

  it('reads where or to whom it was said ("trước quốc hội", "với báo chí", "to reporters") as the occasion too', () => {
    for (const question of ['Mart Kivi nói gì trước quốc hội?', 'ông Kivi nói gì với báo chí', 'What did Kivi say to reporters?']) {
      const [r] = index.ask(question);
      expect(r?.speaker).toBe('Mart Kivi');
      expect(r?.text).toBe('Chúng tôi sẽ không chấp nhận việc đóng cửa cảng');
    }
  });

  it('still has no answer when the speaker never spoke of the topic and no article about it quotes him', () => {
    expect(index.ask('Ferrante nói gì về giá vàng')).toEqual([]);
    expect(index.ask('TS Lê Thanh Bình nói gì về lãi suất ngân hàng')).toEqual([]);
  });

  it('finds a statement by the speaker\'s role (country) when the question names no person', () => {
    const [r] = index.ask('Estonia đóng cửa cảng', { types: ['quote'] });
    expect(r?.speaker).toBe('Mart Kivi');
  });
});
