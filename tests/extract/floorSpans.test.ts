import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';
import { articleFloor } from '../../src/extract/dating.js';

describe('on an undated page, a span running up to the writing anchors no year', () => {
  it('"vận hành từ tháng 4/2016" does not give the page\'s days that year', () => {
    const ex = extractArticle([
      'Sáng 9/8, nhà máy nước Sông Mã ngừng cấp nước để sửa đường ống chính. Ông Phan Đức Thắng, Giám đốc nhà máy, cho biết nước sẽ có lại trước 18h.',
      'Nhà máy vận hành từ tháng 4/2016, cấp nước cho khoảng 30.000 hộ dân.',
    ]);
    expect(quoteWith(ex, 'nước sẽ có lại trước 18h')?.date).toBe('--08-09');
  });

  it('a date the page tells as a happening still anchors the days after it', () => {
    const ex = extractArticle([
      'Ngày 2/3/2021, đoàn kiểm tra phát hiện bãi rác tự phát ven sông Cầu.',
      'Chiều 5/3, ông Lưu Quang Huy, Chủ tịch UBND xã, cho biết xã đã thu gom xong toàn bộ rác.',
    ]);
    expect(quoteWith(ex, 'đã thu gom xong toàn bộ rác')?.date).toBe('2021-03-05');
  });

  it('the floor is the latest date the page tells, spans left out', () => {
    expect(articleFloor(['Cửa hàng mở từ tháng 4/2016.', 'Ngày 3/1/2015, cửa hàng đổi chủ.'])).toBe('2015-01-03');
    expect(articleFloor(['Chính sách áp dụng kể từ ngày 1/7/2019.'])).toBeNull();
    expect(articleFloor(['Since May 2018, the plant has run two shifts.'])).toBeNull();
  });
});

describe('on an undated page, a day just before the floor is of the floor\'s year', () => {
  it('"ngày 2/4" told beside a week ending "5/4/2019" is 2 April 2019, not 2020', () => {
    const ex = extractArticle([
      'Tuần lễ văn hóa trà diễn ra từ ngày 30/3 đến 5/4/2019 tại Thái Nguyên.',
      'Ngày 2/4, bà Hoàng Thị Mến, chủ một xưởng sao trà, cho biết đơn hàng tăng gấp đôi sau tuần lễ.',
    ]);
    expect(quoteWith(ex, 'đơn hàng tăng gấp đôi')?.date).toBe('2019-04-02');
  });
});
