import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-09-02');

describe('"…, theo ông X." closing the sentence', () => {
  const ex = one(
    'Ông Đinh Công Lực, Phó giám đốc Đài Khí tượng thủy văn khu vực, cho biết vùng áp thấp đang mạnh dần.',
    'Trong hai ngày tới, áp thấp có thể mạnh lên thành bão và đi vào vịnh Bắc Bộ, theo ông Lực.',
    'Lượng khách quốc tế tháng 8 đạt hơn 1,5 triệu lượt, tăng 18% so với cùng kỳ, theo Tổng cục Du lịch.',
    'Bị cáo bị phạt 30 tháng tù về tội gây rối trật tự công cộng, theo Điều 318 Bộ luật Hình sự.',
    'Các hộ dân sẽ nhận tiền bồi thường trước ngày 30/9, theo kế hoạch của huyện.',
    'Toàn tỉnh có ít nhất 14 chung cư đang tranh chấp quỹ bảo trì, theo số liệu của Sở Xây dựng.',
  );

  it('the words before the comma are that person\'s or that body\'s', () => {
    const q = quoteWith(ex, 'áp thấp có thể mạnh lên thành bão');
    expect(q?.speaker).toBe('Đinh Công Lực');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('Trong hai ngày tới, áp thấp có thể mạnh lên thành bão và đi vào vịnh Bắc Bộ');
    expect(quoteWith(ex, 'Lượng khách quốc tế tháng 8')?.speaker).toBe('Tổng cục Du lịch');
  });

  it('a law, a plan or a set of figures is nobody\'s account', () => {
    expect(quoteWith(ex, 'phạt 30 tháng tù')).toBeUndefined();
    expect(quoteWith(ex, 'nhận tiền bồi thường')).toBeUndefined();
    expect(quoteWith(ex, 'chung cư đang tranh chấp')).toBeUndefined();
  });
});
