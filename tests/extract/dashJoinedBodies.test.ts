import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith, speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2025-03-12');
const one = extractOn('2025-03-12');

// Vietnamese joins the fields of one body's name with a spaced dash: "Hiệp hội Cà phê - Ca cao", "Bộ Lao động -
// Thương binh và Xã hội". The dash goes on with the name; it starts no new phrase before the reporting verb.
describe('a body named with a spaced dash: "Hiệp hội Chè - Cà phê", "Bộ Văn hóa - Thể thao và Du lịch"', () => {
  it('a title after the name that holds such a body still points back to the person', () => {
    expect(speakerOf(['Ông Hoàng Văn Bình, Phó chủ tịch Hiệp hội Chè - Cà phê Tây Bắc (HCTB) thừa nhận: Năm nay giá chè xuất khẩu đã giảm mạnh so với năm ngoái.'], 'giá chè xuất khẩu')).toBe('Hoàng Văn Bình');
    expect(speakerOf(['Bà Đinh Thị Hoa, Tổng thư ký Hiệp hội Da giày - Túi xách phía Nam cho biết, nhiều doanh nghiệp đã phải cắt giảm một nửa số ca làm việc.'], 'cắt giảm một nửa')).toBe('Đinh Thị Hoa');
  });

  it('the name after such a title is the speaker, not a piece of the title', () => {
    expect(speakerOf(['“Chúng tôi sẽ kiểm tra toàn bộ các công trình thủy lợi trước mùa mưa”, Cục trưởng Cục Thủy lợi - Đê điều Trương Minh Sơn nói.'], 'công trình thủy lợi')).toBe('Trương Minh Sơn');
    expect(speakerOf(['Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch Hoàng Thị Lan khẳng định: Các lễ hội đầu năm phải được tổ chức an toàn và tiết kiệm.'], 'lễ hội đầu năm')).toBe('Hoàng Thị Lan');
  });

  it('the body itself, named whole, says what its source reports', () => {
    const q = quoteWith(one('Ngày 11/3, nguồn tin từ Bộ Nông nghiệp - Môi trường cho biết, một đoàn công tác sẽ đi khảo sát tình hình sạt lở tại ba tỉnh miền núi.'), 'đoàn công tác');
    expect(q?.speaker).toBe('Bộ Nông nghiệp - Môi trường');
    expect(q?.date).toBe('2025-03-11');
  });

  it('a dash before a person or a title still ends the body: the speaker is the person named after it', () => {
    expect(speakerOf(['Đại diện Sở Y tế - ông Lý Văn Cường cho biết, các bệnh viện đã được yêu cầu bổ sung giường bệnh trong tuần này.'], 'bổ sung giường bệnh')).toBe('Lý Văn Cường');
    expect(speakerOf(['Giám đốc Sở Xây dựng - Nguyễn Văn Tùng khẳng định, tuyến đường sẽ được thông xe trước ngày 30/4.'], 'thông xe')).toBe('Nguyễn Văn Tùng');
  });
});
