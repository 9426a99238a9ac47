import { describe, expect, it } from 'vitest';
import { roleFits } from '../../src/extract/roleShapes.js';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-10');

describe('a title joining two offices by "kiêm" is both offices', () => {
  it('"người phát ngôn của UBND tỉnh" after "Chánh Văn phòng UBND tỉnh kiêm người phát ngôn" is that person', () => {
    const ex = one(
      'Trả lời báo chí, ông Trần Quang Vĩnh, Chánh Văn phòng UBND tỉnh kiêm người phát ngôn, cho biết tỉnh sẽ kiểm tra lại toàn bộ hồ sơ dự án.',
      'Người phát ngôn của UBND tỉnh cũng thừa nhận việc chậm trễ đã gây bức xúc cho người dân.',
    );
    expect(quoteWith(ex, 'việc chậm trễ đã gây bức xúc')?.speaker).toBe('Trần Quang Vĩnh');
  });

  it('a bare office takes the body of the other, and only that body', () => {
    const role = 'Giám đốc Sở Y tế kiêm người phát ngôn';
    expect(roleFits('người phát ngôn Sở Y tế', role)).toBe(true);
    expect(roleFits('người phát ngôn Bộ Công an', role)).toBe(false);
    expect(roleFits('người phát ngôn Sở Y tế', 'Giám đốc Sở Y tế')).toBe(false);
  });
});

describe('"người đứng đầu ngành X tỉnh" is the head of that province’s department', () => {
  it('the director of the province’s department, named before, is meant', () => {
    const ex = one(
      'Ông Hà Văn Lộc, Giám đốc Sở Giao thông Vận tải Yên Bái, cho biết đã điều 4 máy xúc tới điểm sạt.',
      'Người đứng đầu ngành giao thông tỉnh khẳng định đường sẽ thông xe trước 18h hôm nay.',
    );
    expect(quoteWith(ex, 'đường sẽ thông xe trước 18h')?.speaker).toBe('Hà Văn Lộc');
  });

  it('a minister is no head of a province’s department', () => {
    expect(roleFits('người đứng đầu ngành giao thông tỉnh', 'Bộ trưởng Giao thông Vận tải')).toBe(false);
    expect(roleFits('người đứng đầu ngành giao thông tỉnh', 'Giám đốc Sở Giao thông Vận tải Yên Bái')).toBe(true);
  });
});

describe('a second office joined by "kiêm" whose words include a time word ("nhà sáng lập")', () => {
  it('the holder after "CEO kiêm nhà sáng lập" is named, and "vị CEO" later is that holder', () => {
    const ex = extractOn('2026-03-20')(
      'Thông tin được CEO kiêm nhà sáng lập Lạc Minh Khôi công bố tại sự kiện hôm thứ Hai.',
      'Được hỏi về khả năng niêm yết, vị CEO 34 tuổi cho biết công ty sẽ tập trung đưa sản phẩm vào bệnh viện trước năm 2029.',
      'Giám đốc kiêm đồng sáng lập Hứa Thị Lan cho biết đội ngũ kỹ sư sẽ tăng gấp đôi.',
    );
    expect(quoteWith(ex, 'đưa sản phẩm vào bệnh viện')?.speaker).toBe('Lạc Minh Khôi');
    expect(quoteWith(ex, 'kỹ sư sẽ tăng gấp đôi')?.speaker).toBe('Hứa Thị Lan');
  });
});
