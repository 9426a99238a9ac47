import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { announcesAnswer, restatesQuestion } from '../../src/search/rank.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented briefing: the reporter's question taken for a statement, then the spokeswoman's answer.
const DOC = articlesOn('2025-05-09')('b1.txt', 'Họp báo thường kỳ Bộ Ngoại giao Arden', [
  'Trả lời câu hỏi của phóng viên về việc hợp tác nghề cá giữa Arden và Belmora có bị ảnh hưởng bởi tranh chấp cảng Vela hay không, người phát ngôn Mira Sol cho biết:',
  '“Arden và Belmora duy trì hợp tác nghề cá truyền thống tốt đẹp dù có tranh chấp cảng Vela”.',
]);
const quote = (id: string, text: string, kind: Quote['kind'], para: number): Quote => quoteIn(DOC, para, {
  id, speaker: 'Mira Sol', speakerId: 'mira-sol', text, kind, date: '2025-05-08', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'mira-sol', name: 'Mira Sol', aliases: ['bà Sol'], role: 'người phát ngôn' }],
  quotes: [
    quote('q0', 'Trả lời câu hỏi của phóng viên về việc hợp tác nghề cá giữa Arden và Belmora có bị ảnh hưởng bởi tranh chấp cảng Vela hay không', 'indirect', 0),
    quote('q1', 'Arden và Belmora duy trì hợp tác nghề cá truyền thống tốt đẹp dù có tranh chấp cảng Vela', 'direct', 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a statement that only restates the question put to its speaker', () => {
  it('comes after the answer, though it repeats more of the question', () => {
    const [r] = index.ask('Hợp tác nghề cá giữa Arden và Belmora có bị ảnh hưởng bởi tranh chấp cảng Vela không?');
    expect(r?.text).toBe('Arden và Belmora duy trì hợp tác nghề cá truyền thống tốt đẹp dù có tranh chấp cảng Vela');
  });

  it.each([
    ['Trả lời câu hỏi của phóng viên về việc tăng giá điện', true],
    ['When asked about the tariff, she declined to comment', true],
    ['Trước câu hỏi về giá xăng, Bộ trưởng cho rằng', true],
    ['The spokesman had to respond to press queries about the port closure', true],
    ['She made the statement while answering reporters’ queries about the dam', true],
    ['In response to queries over the talks, he said both sides were patient', true],
    ['The ministry answered that the port would reopen', false],
    ['Chúng tôi sẽ trả lời bằng hành động cụ thể', false],
    ['Đây là câu hỏi khó đối với ngành điện', false],
  ])('%s → %s', (text, expected) => {
    expect(restatesQuestion(text)).toBe(expected);
  });
});

describe('a sentence that only leads to the answer', () => {
  // The same briefing where the framing sentence was not taken for a statement: it stays a passage.
  const passageOnly = createSearchIndex({ ...EXTRACTION, quotes: EXTRACTION.quotes.filter((q) => q.id === 'q1') });

  it('a passage that puts the question and ends "… cho biết:" comes after the answer it announces', () => {
    const [r] = passageOnly.ask('Hợp tác nghề cá giữa Arden và Belmora có bị ảnh hưởng bởi tranh chấp cảng Vela không?');
    expect(r?.text).toBe('Arden và Belmora duy trì hợp tác nghề cá truyền thống tốt đẹp dù có tranh chấp cảng Vela');
  });

  it.each([
    ['Người phát ngôn Mira Sol cho biết:', true],
    ['Trả lời câu hỏi về cảng Vela, bà Sol nói cảng sẽ mở lại.', true],
    ['Bà Sol nói cảng Vela sẽ mở lại vào tháng 7.', false],
  ])('%s announces an answer → %s', (text, expected) => {
    expect(announcesAnswer(text)).toBe(expected);
  });
});

// An invented English briefing: the sentence that frames the reporters' queries repeats the question's words more
// than the spokesman's answer does.
const EN = articlesOn('2025-05-09')('e1.txt', 'Arden briefing', [
  'Arden Foreign Ministry Spokesman Tomas Orr had to respond to press queries about a Belmoran patrol boat that sank a fishing boat in the waters around the Vela islands.',
  '"The waters around the Vela islands are Arden\'s traditional fishing grounds, and we ask Belmora to respect them," Orr said.',
]);
const english = createSearchIndex(extractCorpus([EN]));

describe('an English sentence that frames the reporters\' queries', () => {
  it('comes after the spokesman\'s answer', () => {
    const [r] = english.ask("What did Arden's foreign ministry say about the waters around the Vela islands?");
    expect(r?.speaker).toBe('Tomas Orr');
    expect(r?.text).toContain('traditional fishing grounds');
  });
});
