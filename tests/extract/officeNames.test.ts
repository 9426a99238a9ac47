import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-10');

describe('a local office speaks under its whole name, place and all', () => {
  it('a remit that joins fields by "và" is not cut at "và"', () => {
    const ex = one('Sở Tài nguyên và Môi trường Gia Lai cho biết sẽ thu hồi 12 ha đất của dự án chậm tiến độ.');
    expect(quoteWith(ex, 'sẽ thu hồi 12 ha đất')?.speaker).toBe('Sở Tài nguyên và Môi trường Gia Lai');
    const farm = one('Ngày 3/6, Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La cho biết đã cấp 40 tấn giống ngô cho nông dân.');
    expect(quoteWith(farm, 'đã cấp 40 tấn giống ngô')?.speaker).toBe('Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La');
  });

  it('a list of fields with a comma ("Văn hóa, Thể thao và Du lịch") stays one office', () => {
    const ex = one('Sở Văn hóa, Thể thao và Du lịch Quảng Trị cho biết lễ hội đua thuyền sẽ diễn ra vào cuối tháng.');
    expect(quoteWith(ex, 'lễ hội đua thuyền sẽ diễn ra')?.speaker).toMatch(/^Sở Văn hóa,? Thể thao và Du lịch Quảng Trị$/u);
  });

  it('"tỉnh X", "huyện Y" after an office is the place it serves', () => {
    const ex = one('Sở Y tế tỉnh Hậu Giang cho biết đã cấp thêm 5.000 liều vắc xin cho các huyện.');
    expect(quoteWith(ex, 'đã cấp thêm 5.000 liều vắc xin')?.speaker).toBe('Sở Y tế tỉnh Hậu Giang');
    const centre = one('Trong khi đó, Trung tâm Phát triển quỹ đất huyện Cần Giuộc cho rằng giá bồi thường đã đúng quy định.');
    expect(quoteWith(centre, 'giá bồi thường đã đúng quy định')?.speaker).toBe('Trung tâm Phát triển quỹ đất huyện Cần Giuộc');
  });

  it('an acronym’s body keeps its city ("CDC Huế")', () => {
    const ex = one('Theo CDC Huế, từ đầu năm đến nay thành phố ghi nhận 620 ca sốt xuất huyết.');
    expect(quoteWith(ex, 'thành phố ghi nhận 620 ca')?.speaker).toBe('CDC Huế');
  });

  it('a city unit written short ("TP") is a place, never a body speaking', () => {
    const ex = one('Trưa 8/6, Công an phường Tân Lợi (TP Buôn Ma Thuột) cho biết đã tìm được chủ chiếc xe máy bị bỏ lại.');
    expect(quoteWith(ex, 'đã tìm được chủ')?.speaker).toBe('Công an phường Tân Lợi');
  });

  it('a personal name after the place is no part of the office', () => {
    const ex = one('Giám đốc Sở Y tế tỉnh Hậu Giang Trần Văn Lực cho biết đã cấp thêm thuốc cho các huyện.');
    expect(quoteWith(ex, 'đã cấp thêm thuốc')?.speaker).toBe('Trần Văn Lực');
  });
});

describe('the office written short after its full name is that office', () => {
  it('"Theo Sở Y tế, …" after "Sở Y tế Hậu Giang" names the province’s office', () => {
    const ex = one(
      'Sáng 9/6, Sở Y tế Hậu Giang phát động chiến dịch tiêm vắc xin sởi cho trẻ em.',
      'Theo Sở Y tế, từ đầu năm toàn tỉnh ghi nhận 210 ca sởi.',
    );
    expect(quoteWith(ex, 'toàn tỉnh ghi nhận 210 ca sởi')?.speaker).toBe('Sở Y tế Hậu Giang');
  });

  it('with two provinces’ offices named, the short form is not given to either', () => {
    const ex = one(
      'Sở Y tế Hậu Giang và Sở Y tế Sóc Trăng cùng phát động chiến dịch tiêm vắc xin sởi.',
      'Theo Sở Y tế, từ đầu năm ghi nhận 210 ca sởi.',
    );
    const speaker = quoteWith(ex, 'từ đầu năm ghi nhận 210 ca sởi')?.speaker ?? null;
    expect(speaker).not.toBe('Sở Y tế Hậu Giang');
    expect(speaker).not.toBe('Sở Y tế Sóc Trăng');
  });
});
