import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteWith } from './docs.js';

const extract = (paragraphs: string[], published = '2024-07-03') => extractCorpus([makeDoc(paragraphs, { published })]);

describe('which date in the sentence dates the statement', () => {
  it('the briefing date, not the date of the incident recounted', () => {
    const ex = extract(['Tại cuộc họp báo hôm 2/7, người phát ngôn Bộ Ngoại giao Trần Thu Hà dẫn lại vụ việc tàu cá bị chặn hôm 30/6, cho rằng “hành động này vi phạm luật pháp quốc tế”.']);
    expect(quoteWith(ex, 'vi phạm luật pháp')?.date).toBe('2024-07-02');
  });

  it('an incident date alone does not date the statement', () => {
    const ex = extract(['Bà Trần Thu Hà dẫn lại vụ việc tàu cá bị chặn hôm 30/6, cho rằng “hành động này vi phạm luật pháp quốc tế”.']);
    expect(quoteWith(ex, 'vi phạm luật pháp')).toMatchObject({ date: '2024-07-03', dateSource: 'published' });
  });

  it('a term or deadline before the verb does not date the statement', () => {
    const ex = extract(['Chương trình ưu đãi kéo dài đến tháng 3/2025, ông Lâm Văn Hải cho biết và nói thêm rằng “doanh nghiệp không cần làm thêm thủ tục nào”.']);
    expect(quoteWith(ex, 'không cần làm thêm')?.date).toBe('2024-07-03');
  });

  it('a visit during which the person spoke dates the statement', () => {
    const ex = extract(['Phát biểu khi thăm nhà máy hôm 28/6, ông Lâm Văn Hải cho biết “sản lượng quý ba sẽ tăng gấp đôi”.']);
    expect(quoteWith(ex, 'sản lượng quý ba')?.date).toBe('2024-06-28');
  });

  it('the date of the speaking still counts when the sentence has one', () => {
    const ex = extract(['Ông Lâm Văn Hải hôm 1/7 cho biết: “Doanh nghiệp không cần làm thêm thủ tục nào”.']);
    expect(quoteWith(ex, 'không cần làm thêm')?.date).toBe('2024-07-01');
  });
});

describe('quotes that are not statements', () => {
  it('a headline line ending on a quoted word', () => {
    const ex = extract(['Chuyên gia cho biết mùa mưa năm nay "bất thường"', 'Ông Trần Văn Lộc nói: “Mùa mưa đến sớm hơn mọi năm”.']);
    expect(ex.quotes.map((q) => q.text)).toEqual(['Mùa mưa đến sớm hơn mọi năm']);
  });

  it("a third party's sales pitch in quotation marks", () => {
    const ex = extract(['Bà Lý Thị Hoa cho biết bà đã nộp tiền sau khi nghe lời mời "lãi cao gấp 20 lần chỉ trong một tháng" của nhóm đối tượng.']);
    expect(ex.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).toEqual([]);
  });
});

describe('given names that are also country names', () => {
  it('"ông Đức" after the quotation is the speaker, quoted directly', () => {
    const ex = extract(['Huấn luyện viên Phạm Minh Đức đã dẫn dắt đội từ đầu mùa.', '“Kết quả này vượt xa kỳ vọng của cả ban huấn luyện”, ông Đức nhận xét.']);
    const q = quoteWith(ex, 'vượt xa kỳ vọng');
    expect([q?.speaker, q?.kind]).toEqual(['Phạm Minh Đức', 'direct']);
  });
});
