import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteWith } from './docs.js';

const one = (...paragraphs: string[]) => extractCorpus([makeDoc(paragraphs, { published: '2024-03-12' })]);

describe('the last line of a stored page, cut mid-sentence', () => {
  it('is body text: its statement is read, and shown as unfinished', () => {
    const ex = one(
      'Bộ trưởng Tài chính Trần Văn Khoa chủ trì cuộc họp với các ngân hàng chiều 11/3.',
      'Trợ lý của Bộ trưởng, ông Lê Minh Quân, cũng thông báo rằng hai bên có thể ký thỏa thuận sớm nhất là vào tuần tới, nhưng ch',
    );
    const q = quoteWith(ex, 'hai bên có thể ký thỏa thuận');
    expect(q?.speaker).toBe('Lê Minh Quân');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('hai bên có thể ký thỏa thuận sớm nhất là vào tuần tới, nhưng ch …');
  });

  it('a short cut line (a related headline, a caption) stays out', () => {
    const ex = one(
      'Bộ trưởng Tài chính Trần Văn Khoa chủ trì cuộc họp với các ngân hàng chiều 11/3.',
      'Bộ trưởng Trần Văn Khoa: Thông tin sai về lãi suất sẽ gây hoang mang cho người g',
    );
    expect(quoteWith(ex, 'Thông tin sai về lãi suất')).toBeUndefined();
  });
});

describe('a few quoted words without a known speaker', () => {
  it('are scare quotes, not a statement', () => {
    const ex = one(
      'Thống đốc Lê Thu Hà trả lời chất vấn của đại biểu về nợ xấu.',
      'Giải đáp được chờ đợi nhất từ Thống đốc trong phiên này chính là con số nợ xấu “chính thức” của các ngân hàng.',
    );
    expect(quoteWith(ex, 'chính thức')).toBeUndefined();
  });
});

describe('English participles that report the subject’s words', () => {
  const ex = one(
    'Deputy minister Anna Berg spoke to reporters in Oslo on Monday.',
    'Berg met the mayor and union leaders, saying the government was seeking a fair solution with the workers.',
    'Workers cheered the mayor, saying the plant would stay open for another decade.',
    '“We will not close the plant,” Berg said, adding that the talks would go on next week.',
  );

  it('", saying …" is the sentence subject’s reported speech', () => {
    const q = quoteWith(ex, 'the government was seeking a fair solution');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('the government was seeking a fair solution with the workers');
  });

  it('", adding that …" after a quotation is the same speaker’s', () => {
    const q = quoteWith(ex, 'the talks would go on next week');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.kind).toBe('indirect');
    expect(quoteWith(ex, 'We will not close the plant')?.speaker).toBe('Anna Berg');
  });

  it('never credits a noun inside the clause, and a crowd is nobody', () => {
    expect(quoteWith(ex, 'the plant would stay open')).toBeUndefined();
  });
});

describe('an opening clause before "X said:" and a quotation', () => {
  it('the quotation is the named person’s; the opening clause is not a statement', () => {
    const ex = one(
      'Foreign ministry spokesman Saeed Lindqvist spoke on Monday.',
      'Referring to the exchange of messages between the two capitals, Lindqvist said: “What matters is that the dialogue did not stop.”',
    );
    const q = quoteWith(ex, 'What matters is that the dialogue');
    expect(q?.speaker).toBe('Saeed Lindqvist');
    expect(q?.kind).toBe('direct');
    expect(quoteWith(ex, 'Referring to the exchange')).toBeUndefined();
  });
});

describe('a reporting verb whose words are the quotation', () => {
  it('"X said: “…”, adding that …" gives the quotation and the added clause, never the two glued together', () => {
    const ex = one(
      'Union spokesman Erik Lindqvist spoke after the talks on Sunday.',
      'Asked whether the strike would end, Lindqvist said: “In principle, yes”, adding that the wage issue might not be settled this week.',
    );
    expect(quoteWith(ex, 'In principle, yes')?.speaker).toBe('Erik Lindqvist');
    const added = quoteWith(ex, 'the wage issue might not be settled');
    expect(added?.text).toBe('the wage issue might not be settled this week');
    expect(added?.speaker).toBe('Erik Lindqvist');
  });
});
