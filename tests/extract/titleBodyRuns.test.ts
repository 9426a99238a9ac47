import { describe, expect, it } from 'vitest';
import { extractOn, speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2025-03-12');
const one = extractOn('2025-03-12');

// A title may name its body in lower case ("chủ tịch hiệp hội Chè và cà phê Tây Bắc") or name an office's fields
// joined by a spaced dash ("Bộ trưởng Văn hóa - Thể thao và Du lịch"); the Vietnamese full name after it is the holder.
describe('a title whose body or office runs on before the holder\'s full name', () => {
  it('a body whose head is written in lower case goes on to the full name that ends the run', () => {
    expect(speakerOf(['Chủ tịch hiệp hội Chè và cà phê Tây Bắc Hoàng Văn Bình thừa nhận, mục tiêu xuất khẩu chè năm nay khó thành hiện thực.'], 'xuất khẩu chè')).toBe('Hoàng Văn Bình');
    // With the body's acronym in brackets before the name, the holder is shown with the whole title.
    const ex = one('Tổng thư ký hiệp hội Chế biến và xuất khẩu mây tre Việt Nam (HMTV) Lâm Quốc Bảo nêu ý kiến: “Giá nguyên liệu đã tăng gấp đôi so với năm ngoái.”');
    expect(ex.speakers.find((s) => s.name === 'Lâm Quốc Bảo')?.role).toBe('Tổng thư ký hiệp hội Chế biến và xuất khẩu mây tre Việt Nam (HMTV)');
    expect(ex.speakers.some((s) => s.name === 'Chế')).toBe(false);
    expect(speakerOf(['Phó chủ tịch hiệp hội Mây tre và thủ công mỹ nghệ Đinh Thị Hoa cho biết, nhiều xưởng đã phải cắt giảm một nửa số ca làm việc.'], 'cắt giảm một nửa')).toBe('Đinh Thị Hoa');
  });

  it('an office whose fields are joined by a spaced dash right after the title is the holder\'s role, whole', () => {
    const ex = one('Bộ trưởng Văn hóa - Thể thao và Du lịch Trương Minh Sơn khẳng định: Các lễ hội đầu năm phải được tổ chức an toàn và tiết kiệm.');
    const spk = ex.speakers.find((s) => s.name === 'Trương Minh Sơn');
    expect(spk?.role).toBe('Bộ trưởng Văn hóa - Thể thao và Du lịch');
  });

  it('a person named after a dash still ends the title', () => {
    expect(speakerOf(['Giám đốc Sở Xây dựng - Nguyễn Văn Tùng khẳng định, tuyến đường sẽ được thông xe trước ngày 30/4.'], 'thông xe')).toBe('Nguyễn Văn Tùng');
  });
});
