import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { findQuoteSpans } from '../../src/extract/quoteSpans.js';
import { makeDoc, quoteWith } from './docs.js';

describe('layouts of quotations on news pages', () => {
  it('reads an attribution after a dash, with a verb or as "chia sẻ của X"', () => {
    const ex = extractCorpus([makeDoc([
      'Bộ trưởng Lê Minh Khôi trả lời báo chí về kế hoạch mới của ngành đường sắt.',
      '“Chúng tôi sẽ hoàn thành tuyến mới trong quý tới” - ông Khôi nói.',
      '“Thông tin này cần có sự thống nhất cao, tránh gây hoang mang”-chia sẻ của Bộ trưởng Lê Minh Khôi với báo chí.',
    ], { published: '2024-05-02' })]);
    expect(quoteWith(ex, 'hoàn thành tuyến mới')?.speaker).toBe('Lê Minh Khôi');
    expect(quoteWith(ex, 'hoàn thành tuyến mới')?.kind).toBe('direct');
    expect(quoteWith(ex, 'thống nhất cao')?.speaker).toBe('Lê Minh Khôi');
  });

  it('takes unquoted words after "X cho biết:" to the end of the paragraph as direct speech', () => {
    const ex = extractCorpus([makeDoc([
      'Trả lời câu hỏi về tiến độ, Giám đốc Trần Thị Mai cho biết: Các tổ đội đã nỗ lực tối đa. Nếu trời thuận lợi thì công trình xong sớm hơn.',
      'Bà Mai cho biết: gồm ba hạng mục.',
    ], { published: '2024-05-02' })]);
    const q = quoteWith(ex, 'Các tổ đội đã nỗ lực tối đa');
    expect(q?.speaker).toBe('Trần Thị Mai');
    expect(q?.kind).toBe('direct');
    expect(q?.text).toContain('công trình xong sớm hơn');
    // A lower-case start after the colon is a list or a definition, not speech: not a direct quote.
    expect(ex.quotes.filter((x) => x.text.includes('ba hạng mục') && x.kind === 'direct')).toHaveLength(0);
  });

  it('reads the interview layout: a speaker label, the answer, and the answer continued in the first person', () => {
    const ex = extractCorpus([makeDoc([
      'Phóng viên đã có cuộc trao đổi với doanh nhân Đỗ Quang Vinh về thị trường vốn.',
      'Thị trường năm nay có gì khác, thưa ông?',
      'Ông Đỗ Quang Vinh: Trước hết, dòng vốn đã quay lại rõ rệt. Còn việc định giá thì cần thêm thời gian.',
      'Vì thế, tôi quyết định rót thêm vốn cho hai công ty nhỏ.',
      'Thị trường chứng khoán tuần qua giảm nhẹ.',
    ], { published: '2024-05-02' })]);
    expect(quoteWith(ex, 'dòng vốn đã quay lại')?.speaker).toBe('Đỗ Quang Vinh');
    expect(quoteWith(ex, 'tôi quyết định rót thêm vốn')?.speaker).toBe('Đỗ Quang Vinh');
    expect(quoteWith(ex, 'giảm nhẹ')).toBeUndefined();
    expect(quoteWith(ex, 'Thị trường năm nay')).toBeUndefined();
  });

  it('splits a flattened page at its bullets, and does not take a headline label for an answer', () => {
    const ex = extractCorpus([makeDoc([
      'HLV Phạm Quốc Huy: Kết quả chưa nói lên điều gì!',
      'Sau trận đấu, hai HLV trả lời báo chí. * HLV Phạm Quốc Huy (U.21 Bắc Ninh): Chúng tôi vào trận với quyết tâm rất cao. Tôi hài lòng về lối chơi.',
    ], { published: '2024-05-02' })]);
    expect(quoteWith(ex, 'quyết tâm rất cao')?.speaker).toBe('Phạm Quốc Huy');
    expect(quoteWith(ex, 'Sau trận đấu')).toBeUndefined();
    expect(quoteWith(ex, 'Kết quả chưa nói lên')).toBeUndefined();
  });
});

describe('English-language articles', () => {
  it('finds “…,” X said / said X / X told reporters, and X said (that) … as reported speech', () => {
    const ex = extractCorpus([makeDoc([
      'The ministry said on Monday it would review the new tariff rules.',
      '“It is too early to judge the outcome,” ministry spokesman Tomas Lindqvist told reporters.',
      '"We will keep talking to all sides," said Lindqvist.',
      'Lindqvist said the talks with the port authority were a positive step.',
    ], { published: '2024-05-02' })]);
    expect(quoteWith(ex, 'too early to judge')?.speaker).toBe('Tomas Lindqvist');
    expect(quoteWith(ex, 'keep talking to all sides')?.speaker).toBe('Tomas Lindqvist');
    const indirect = quoteWith(ex, 'the talks with the port authority');
    expect(indirect?.speaker).toBe('Tomas Lindqvist');
    expect(indirect?.kind).toBe('indirect');
  });
});

describe('quotation marks typed wrongly', () => {
  it('closes “… with a straight quote when no curly closer follows', () => {
    const spans = findQuoteSpans('“Chúng tôi không lo ngại". Ông nói thêm.');
    expect(spans[0]?.text).toBe('Chúng tôi không lo ngại');
    expect(spans[0]?.closed).toBe(true);
  });
});
