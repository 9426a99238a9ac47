import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/core/datesMentions.js';

// Each date rule is tried only on a text that holds its plain words (datesRules.ts, `quick`): every form, in any
// case and spacing the rule reads, must still be found.
describe('date forms behind the quick test of their rule', () => {
  const ref = '2024-06-20';
  const cases: Array<[string, string]> = [
    ['Hợp đồng ký chiều 14/5 tại xưởng.', '2024-05-14'],
    ['BAN TỔ CHỨC CHỐT NGÀY 3 THÁNG 4 NĂM 2021.', '2021-04-03'],
    ['Bản tin lúc 2023-11-07 ghi rõ.', '2023-11-07'],
    ['Cuộc thi mở ngày  9 cho mọi đội.', '2024-06-09'],
    ['Giá lúa tăng từ THÁNG 2 đến nay.', '2024-02'],
    ['Công trình khởi công NĂM 2019.', '2019'],
    ['Giải đấu được tổ chức từ 2018 đến nay.', '2018'],
    ['Đội bóng tập luyện HÔM QUA ở sân nhà.', '2024-06-19'],
    ['Sáng   nay, thư viện mở cửa sớm.', '2024-06-20'],
    ['Giá vé đã tăng từ Tháng trước.', '2024-05'],
    ['Bến phà đóng cửa cách   đây 3 ngày.', '2024-06-17'],
    ['Lễ hội diễn ra vào Chủ Nhật tuần trước.', '2024-06-16'],
    ['Đội tuyển về nước hôm Thứ  Hai.', '2024-06-17'],
  ];
  it.each(cases)('%s → %s', (text, date) => {
    expect(findDateMentions(text, ref).map((m) => m.date)).toContain(date);
  });
});
