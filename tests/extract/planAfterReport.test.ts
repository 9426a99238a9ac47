import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

describe('a plan in the reported words does not move the day of the forum they were said at', () => {
  it('"Tại diễn đàn tổ chức ngày 3/5, ông X thừa nhận … và hứa sẽ …" on a page of November: said on 3 May this year', () => {
    const ex = extractOn('2026-11-20')(
      'Hàng chục doanh nghiệp phản ánh hệ thống điện mặt trời mái nhà đã lắp xong nhưng chưa được đấu nối.',
      'Tại diễn đàn năng lượng tổ chức ngày 3/5, ông Lưu Quang Hòa, Phó Cục trưởng Cục Điện lực, đã thừa nhận thủ tục đấu nối “còn nhiều tầng nấc” và hứa sẽ rút thời gian xử lý hồ sơ xuống còn 15 ngày.',
    );
    expect(quoteWith(ex, 'còn nhiều tầng nấc')?.date).toBe('2026-05-03');
  });

  it('"Ngày 3/12, Bộ sẽ tổ chức hội nghị …": a plan before the day still makes it the coming one', () => {
    const ex = extractOn('2026-11-20')(
      'Ông Lưu Quang Hòa cho biết ngày 3/12, Bộ sẽ tổ chức hội nghị với các doanh nghiệp để tháo gỡ vướng mắc.',
    );
    expect(ex.events.map((e) => e.date)).toEqual(['2026-12-03']);
  });
});
