import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-04-10');

describe('"Tại họp báo, …" and "Cũng tại <occasion>, …" name the occasion just told', () => {
  it('words said "also at the briefing" are of the briefing\'s day, not the page\'s', () => {
    const ex = one(
      'Lượng khách đến các bến thuyền ở Ninh Bình tăng mạnh từ đầu tháng, nhiều bến phải kéo dài giờ đón khách.',
      'Anh Phạm Văn Hùng, lái đò ở bến Vân Long, kể mỗi ngày chở gấp đôi số chuyến so với năm ngoái.',
      'Chiều 9/4, tại họp báo của Sở Du lịch tỉnh Ninh Bình, phóng viên hỏi về giá vé thuyền trong mùa lễ hội.',
      'Ban tổ chức cũng công bố danh sách 40 điểm dừng chân mới dọc tuyến thuyền.',
      'Cũng tại họp báo, bà Lưu Thị Kim Oanh, Phó giám đốc Sở, lưu ý du khách nên đặt vé qua cổng thông tin chính thức.',
    );
    expect(quoteWith(ex, 'đặt vé qua cổng thông tin')?.date).toBe('2024-04-09');
  });

  it('"Tại họp báo, …" tells a happening of the briefing\'s day', () => {
    const ex = one(
      'Chiều 9/4, Sở Du lịch tỉnh Ninh Bình tổ chức họp báo về mùa lễ hội tràng an.',
      'Tại họp báo, Sở công bố lịch mở cửa lại ba tuyến thuyền sau đợt nạo vét.',
    );
    expect(ex.events.find((e) => e.text.startsWith('Tại họp báo'))?.date).toBe('2024-04-09');
  });
});
