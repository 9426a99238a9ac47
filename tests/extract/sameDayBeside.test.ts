import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-21');

describe('"cùng ngày" beside a year, a month, a week or a later day is still the day last named', () => {
  it('"Chiều cùng ngày, ông X trả lời … từ tuần trước": X\'s words there and in the next paragraph are of that day', () => {
    const ex = one(
      'Sáng 20/9, hàng chục hộ dân xã Tân Lập tập trung trước trụ sở UBND xã phản đối việc san lấp ao làng.',
      'Chiều cùng ngày, ông Lê Văn Tâm, Chủ tịch UBND xã, trả lời phóng viên rằng xã đã nhận đơn của người dân từ tuần trước.',
      '"Xã sẽ tạm dừng san lấp để đối thoại với bà con trong tuần tới", ông Tâm cho biết.',
    );
    expect(quoteWith(ex, 'tạm dừng san lấp')?.date).toBe('2024-09-20');
  });

  it('a birth year in the sentence does not hide "cùng ngày"', () => {
    const ex = one(
      'Khoảng 14 giờ ngày 19/9, người dân phát hiện một xe tải chở gỗ lậu chạy qua địa bàn xã Phú Mỹ.',
      'Đến 22 giờ cùng ngày, lực lượng chức năng đã bắt giữ tài xế Trần Văn Kiên (sinh năm 1985) cùng toàn bộ số gỗ.',
    );
    expect(ex.events.find((e) => e.text.includes('bắt giữ tài xế'))?.date).toBe('2024-09-19');
  });

  it('"cùng ngày 5/3" with the day spelled out keeps that day', () => {
    const ex = one(
      'Sáng 18/9, Sở Y tế tỉnh họp bàn phương án phòng dịch sốt xuất huyết.',
      'Cũng trong cùng ngày 19/9, ông Hồ Văn Lực, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, cho biết số ca mắc đã giảm.',
    );
    expect(quoteWith(ex, 'số ca mắc đã giảm')?.date).toBe('2024-09-19');
  });

  it('"cùng ngày" going on with a step back does not bring an undated page\'s story back to that day', () => {
    const ex = extractOn(null)(
      'Chiều 22/3, Thượng tá Đỗ Bạch Long, Trưởng Công an huyện Sơn Hòa, cho biết Cơ quan Cảnh sát điều tra Công an huyện Sơn Hòa đã triệt phá một đường dây trộm cắp xe máy.',
      'Trước đó, ngày 18/3, Công an huyện nhận tin báo của người dân về nhóm trộm xe tại chợ huyện.',
      'Đến 21 giờ cùng ngày, lực lượng trinh sát bắt giữ Phan Văn Lợi (sinh năm 1992) khi đang tiêu thụ xe gian.',
      'Theo cơ quan điều tra, nhóm này chuyên lấy trộm xe máy dựng trước cổng chợ vào buổi sáng.',
    );
    expect(ex.events.find((e) => e.text.includes('bắt giữ Phan Văn Lợi'))?.date).toBe('--03-18');
    expect(quoteWith(ex, 'chuyên lấy trộm xe máy')?.date).toBe('--03-22');
  });

  it('"cùng ngày" points past a bare year and an appointment to the last day something happened', () => {
    const ex = one(
      'Sáng 10/9, nhiều hộ dân phường Đông Xuyên đến trụ sở phường phản ánh việc xưởng gỗ gây ồn về đêm.',
      'Cán bộ phường ghi nhận ý kiến và làm giấy hẹn ngày 17/9 trả lời bà con.',
      'Theo hồ sơ, xưởng được cấp phép hoạt động từ năm 2016.',
      'Chiều cùng ngày, ông Vũ Đức Toàn, Chủ tịch UBND phường, cho biết phường đã yêu cầu xưởng tạm ngừng chạy máy sau 22 giờ.',
    );
    expect(quoteWith(ex, 'tạm ngừng chạy máy')?.date).toBe('2024-09-10');
  });
});
