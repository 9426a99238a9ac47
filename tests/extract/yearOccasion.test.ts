import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

describe('a bare year that dates someone\'s words dates only their next words of the paragraph', () => {
  const article = extractOn('2024-06-10');

  it('the same speaker goes on in that year; the year is not carried to his words further on', () => {
    const ex = article(
      'Sáng 9/6, UBND tỉnh họp bàn về tiến độ dự án đường ven biển.',
      'Năm 2019, khi khởi công dự án, ông Hà Văn Quyết, khi đó là Giám đốc Sở Giao thông, nói: “Con đường sẽ xong trong ba năm”. Ông Quyết cũng cho biết vốn đã được bố trí đủ.',
      'Năm 2021, ông Quyết tuyên bố: “Chúng tôi sẽ không xin thêm vốn”.',
      'Ông Quyết nay đã nghỉ hưu. Trao đổi với phóng viên, ông Quyết nói: “Tôi tiếc vì đã hứa quá sớm”.',
    );
    expect(quoteWith(ex, 'xong trong ba năm')?.date).toBe('2019');
    expect(quoteWith(ex, 'vốn đã được bố trí đủ')?.date).toBe('2019');
    expect(quoteWith(ex, 'không xin thêm vốn')?.date).toBe('2021');
    expect(quoteWith(ex, 'hứa quá sớm')?.date).not.toBe('2021');
  });

  it('another speaker of the paragraph is not put in that year: she speaks at the briefing', () => {
    const ex = extractOn('2026-03-19')(
      'Chiều 19/3, tại họp báo thường kỳ, người phát ngôn Trịnh Mai Khuê trả lời các câu hỏi của phóng viên.',
      'Năm 2016, khi trả lời một câu hỏi tương tự, người phát ngôn khi đó, ông Đào Duy Hưng, từng nói: “Dòng sông là tài sản chung của cả khu vực”. Bà Khuê cho biết quan điểm đó đến nay vẫn không thay đổi.',
    );
    expect(quoteWith(ex, 'tài sản chung của cả khu vực')?.date).toBe('2016');
    expect(quoteWith(ex, 'quan điểm đó đến nay')?.date).toBe('2026-03-19');
  });
});
