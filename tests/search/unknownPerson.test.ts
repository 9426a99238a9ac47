import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import type { Extraction, Quote, Speaker } from '../../src/core/types.js';
import { buildAnswerReply } from '../../src/discord/replies.js';
import { createSearchIndex } from '../../src/search/index.js';
import { askedPerson } from '../../src/search/unknownPerson.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles: a coach driver questioned after a crash, a minister on textbooks, a general on sea security, and
// a lorry driver the police arrested whose words the article does not report.
const doc = articlesOn('2025-03-04', { outlet: 'Báo T' });
const DOCS = [
  doc('u1.txt', 'Xe khách lao xuống vực, tài xế khai xe mất phanh', [
    'Tài xế xe khách Đoàn Minh Khải khai với cơ quan điều tra rằng xe bị mất phanh khi xuống dốc.',
  ]),
  doc('u2.txt', 'Bộ trưởng Tạ Xuân Lộc nói về sách giáo khoa mới', [
    '“Sách giáo khoa mới sẽ được thẩm định lại trước năm học”, Bộ trưởng Tạ Xuân Lộc cho biết.',
  ]),
  doc('u3.txt', 'Thượng tướng Nguyễn Chí Vịnh bàn về an ninh biển', [
    'Thượng tướng Nguyễn Chí Vịnh nhấn mạnh hợp tác an ninh biển cần dựa trên luật pháp quốc tế.',
  ]),
  doc('u4.txt', 'Bắt tài xế xe tải gây tai nạn trên quốc lộ', [
    'Công an đã bắt tài xế xe tải Hồ Văn Tám sau vụ tai nạn làm hai người bị thương trên quốc lộ.',
    'Tại cơ quan điều tra, Hồ Văn Tám khai đã ngủ gật khi lái xe đêm.',
  ]),
];
const quote = (id: string, sp: Speaker, text: string, d: number): Quote => quoteIn(DOCS[d]!, 0, {
  id, speaker: sp.name, speakerId: sp.id, text, kind: 'indirect', date: '2025-03-03', dateSource: 'context',
});
const KHAI: Speaker = { id: 'doan-minh-khai', name: 'Đoàn Minh Khải', aliases: ['tài xế Khải'], role: 'Tài xế xe khách' };
const LOC: Speaker = { id: 'ta-xuan-loc', name: 'Tạ Xuân Lộc', aliases: ['ông Lộc'], role: 'Bộ trưởng' };
const VINH: Speaker = { id: 'nguyen-chi-vinh', name: 'Nguyễn Chí Vịnh', aliases: [], role: 'Thượng tướng' };
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [KHAI, LOC, VINH],
  quotes: [
    quote('k1', KHAI, 'xe bị mất phanh khi xuống dốc', 0),
    { ...quote('l1', LOC, 'Sách giáo khoa mới sẽ được thẩm định lại trước năm học', 1), kind: 'direct' },
    quote('v1', VINH, 'hợp tác an ninh biển cần dựa trên luật pháp quốc tế', 2),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

// An article that names a foreign minister by family name only.
const VASKO: Speaker = { id: 'vasko', name: 'Vasko', aliases: ['Ngoại trưởng Vasko'], role: 'Ngoại trưởng' };
const FOREIGN_DOC = doc('u5.txt', 'Ngoại trưởng Vasko: đàm phán sẽ tiếp tục', ['Ngoại trưởng Vasko cho biết vòng đàm phán thứ hai sẽ tiếp tục vào tuần tới.']);
const foreignIndex = createSearchIndex({
  documents: [FOREIGN_DOC],
  speakers: [VASKO],
  quotes: [quoteIn(FOREIGN_DOC, 0, {
    id: 'f1', speaker: 'Vasko', speakerId: 'vasko', text: 'vòng đàm phán thứ hai sẽ tiếp tục vào tuần tới', kind: 'indirect',
    date: '2025-03-03', dateSource: 'context',
  })],
  events: [],
});

describe('a question about a person by a full name no article names', () => {
  it('is answered with nothing rather than with another person’s words', () => {
    expect(index.ask('Tài xế xe tải Mạc Văn Bình khai gì với cơ quan điều tra?')).toEqual([]);
    expect(index.ask('Tai xe xe tai Mac Van Binh khai gi voi co quan dieu tra?')).toEqual([]);
    expect(index.ask('Lê Thị Hạnh nói gì về sách giáo khoa mới?')).toEqual([]);
    expect(index.ask('What did truck driver Mac Van Binh tell investigators?')).toEqual([]);
    expect(index.ask('tai xe xe tai mac van binh khai gi voi co quan dieu tra?')).toEqual([]);
    expect(index.ask('HLV Anders Molvik nói gì về an ninh biển?')).toEqual([]);
  });

  it('says in the reply that the person is not in the articles, and offers a close known name', () => {
    const set = answerQuestion(index, 'Tài xế Đoàn Văn Khải khai gì về vụ tai nạn?');
    expect(set.answers).toEqual([]);
    const text = answerSetText(set);
    expect(text).toContain('Không bài báo nào nhắc tới Đoàn Văn Khải');
    expect(text).toContain('Đoàn Minh Khải');
    const reply = buildAnswerReply({ set, page: 0, lang: 'vi', state: 'x' });
    expect(reply.content).toContain('Đoàn Văn Khải');
    expect(reply.content).toContain('Đoàn Minh Khải');
  });

  it('still answers a known name typed with one syllable wrong', () => {
    const [r] = index.ask('Bộ trưởng Tạ Xân Lộc nói gì về sách giáo khoa?');
    expect(r?.speaker).toBe('Tạ Xuân Lộc');
  });

  it('still answers a known name whose last syllable is mistyped into no Vietnamese spelling', () => {
    // "Lôk" is no Vietnamese syllable, so "Xuân Lôk" reads as a foreign name; the question still names Tạ Xuân Lộc.
    const [first] = index.ask('Bộ trưởng Tạ Xuân Lôk nói gì về sách giáo khoa mới?');
    expect(first?.speaker).toBe('Tạ Xuân Lộc');
    expect(first?.text).toContain('thẩm định lại');
    expect(answerSetText(answerQuestion(index, 'Bộ trưởng Tạ Xuân Lôk nói gì về sách giáo khoa mới?'))).not.toContain('Không bài báo nào nhắc tới');
  });

  it('still answers a known name typed without diacritics, whose syllables are also common words', () => {
    expect(index.ask('Tuong Nguyen Chi Vinh noi gi ve an ninh bien?')[0]?.speaker).toBe('Nguyễn Chí Vịnh');
    expect(index.ask('What did General Nguyen Chi Vinh say about sea security?')[0]?.speaker).toBe('Nguyễn Chí Vịnh');
  });

  it('one foreign name no article writes: nothing, rather than another coach\'s or minister\'s words', () => {
    expect(index.ask('HLV Tavares nói gì về an ninh biển?')).toEqual([]);
    expect(answerQuestion(index, 'HLV Tavares nói gì về an ninh biển?').unknownPerson?.name).toBe('Tavares');
    expect(foreignIndex.ask('Ngoại trưởng Vasko nói gì về đàm phán?')[0]?.speaker).toBe('Vasko');
    expect(foreignIndex.ask('Ngoại trưởng Vaskó nói gì về đàm phán?')[0]?.speaker).toBe('Vasko');
  });

  it('still answers a foreign name whose family name the articles write', () => {
    expect(index.ask('Thượng tướng Nguyễn Chí Vịnh nói gì về luật pháp quốc tế?').length).toBeGreaterThan(0);
    // The reply never says a person the articles name is not in them.
    expect(answerQuestion(foreignIndex, 'Ngoại trưởng Lena Vasko nói gì về đàm phán?').unknownPerson ?? null).toBeNull();
    expect(answerQuestion(foreignIndex, 'Ngoại trưởng Lena Vaskó nói gì?').unknownPerson ?? null).toBeNull();
    expect(answerQuestion(foreignIndex, 'Ngoại trưởng Lena Vasco nói gì?').unknownPerson ?? null).toBeNull();
    expect(answerQuestion(foreignIndex, 'Ngoại trưởng Lena Morrow nói gì?').unknownPerson?.name).toBe('Lena Morrow');
  });

  it('still answers when the person is written in an article without being a speaker', () => {
    const [r] = index.ask('Tài xế xe tải Hồ Văn Tám khai gì với cơ quan điều tra?');
    expect(r?.excerpt ?? r?.text).toContain('Hồ Văn Tám');
    expect(index.ask('tai xe ho van tam khai gi?')[0]?.text).toContain('Hồ Văn Tám');
  });
});

const askedPersonName = (q: string): string | null => askedPerson(q)?.name ?? null;

describe('which questions ask of a person by full name', () => {
  it('takes a name after a title or role, or before a reporting verb', () => {
    expect(askedPersonName('Tài xế xe tải Mạc Văn Bình khai gì với cơ quan điều tra?')).toBe('Mạc Văn Bình');
    expect(askedPersonName('Ông Nguyễn Văn Hòa nói gì về giá điện?')).toBe('Nguyễn Văn Hòa');
    expect(askedPersonName('Lê Thị Hạnh đã cho biết gì?')).toBe('Lê Thị Hạnh');
  });

  it('takes a name typed in lower case only with both cues, a title before and a reporting verb after', () => {
    expect(askedPersonName('tai xe xe tai mac van binh khai gi voi cong an?')).toBe('mac van binh');
    expect(askedPersonName('ong ho van tam noi gi?')).toBe('ho van tam');
    expect(askedPersonName('ho van phai noi gi voi nguoi dan?')).toBeNull();
    expect(askedPersonName('mac van binh khai gi?')).toBeNull();
  });

  it('takes no place named after a person, no name without a person cue, no single syllable', () => {
    expect(askedPersonName('Thành phố Hồ Chí Minh cho biết gì về giá xăng?')).toBeNull();
    expect(askedPersonName('What did Ho Chi Minh City police say about the fire?')).toBeNull();
    expect(askedPersonName('Đường Lê Văn Sỹ ngập sâu khi nào?')).toBeNull();
    expect(askedPersonName('Ông Lâm nói gì về kỳ thi?')).toBeNull();
  });

  it('takes a foreign name after a title, its last two words, and no body or hyphenated name', () => {
    expect(askedPersonName('HLV Anders Molvik nói gì sau trận đấu?')).toBe('Anders Molvik');
    expect(askedPersonName('Thủ tướng Anh Pieter Haas nói gì về thuế?')).toBe('Pieter Haas');
    expect(askedPersonName('What did President Anna Berg say about the summit?')).toBe('Anna Berg');
    expect(askedPersonName('What did Hanoi City Police say about the fire?')).toBeNull();
    expect(askedPersonName('HLV Lee Min-jun nói gì?')).toBeNull();
  });

  it('takes one foreign name after a title when it is the subject of a reporting verb', () => {
    expect(askedPersonName('HLV Tavares nói gì sau trận thua?')).toBe('Tavares');
    expect(askedPersonName('Ngoại trưởng Vasko đã cho biết gì?')).toBe('Vasko');
    // No reporting verb, a Vietnamese syllable, or a short word (a team's letters): not read as a person.
    expect(askedPersonName('HLV Tavares chia tay đội bóng khi nào?')).toBeNull();
    expect(askedPersonName('HLV Lâm nói gì?')).toBeNull();
    expect(askedPersonName('HLV U23 nói gì?')).toBeNull();
  });
});
