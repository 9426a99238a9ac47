import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-03');

describe('a given name under a form of address of the other sex is not the person of that given name', () => {
  it('"Anh Mai cho biết" on a page naming "chị Trần Thị Mai" is not her', () => {
    const ex = one(
      'Theo chị Trần Thị Mai ở xã Tân Phú, huyện Bình Lục (tỉnh Hà Nam), hiện nay thương lái mua dưa hấu với giá từ 8.000 – 9.000 đồng/kg. "Năm nay giá cao hơn năm rồi" – chị Mai chia sẻ.',
      'Cùng chung niềm vui, gia đình anh Trần Văn Mai ở xã Đông Yên, huyện Lý Nhân cho biết: "Năm nay dưa được mùa, bán hết trong hai ngày".',
      'Anh Mai cho biết, vụ sau anh sẽ trồng thêm hai sào dưa.',
    );
    expect(quoteWith(ex, 'Năm nay giá cao hơn năm rồi')?.speaker).toBe('Trần Thị Mai');
    expect(quoteWith(ex, 'trồng thêm hai sào dưa')?.speaker ?? null).not.toBe('Trần Thị Mai');
  });

  it('"bà Lan" after "ông Phạm Văn Lan" is not him', () => {
    const ex = one(
      'Ông Phạm Văn Lan, chủ vựa cá ở chợ Bến Đá, cho biết giá cá thu đã tăng gấp đôi trong một tuần.',
      'Bà Lan cho biết bà chỉ nhập được nửa số cá như mọi năm.',
    );
    expect(quoteWith(ex, 'giá cá thu đã tăng gấp đôi')?.speaker).toBe('Phạm Văn Lan');
    expect(quoteWith(ex, 'nửa số cá như mọi năm')?.speaker ?? null).not.toBe('Phạm Văn Lan');
  });

  it('the same sex keeps the link: "ông Lan" is still Phạm Văn Lan', () => {
    const ex = one(
      'Ông Phạm Văn Lan, chủ vựa cá ở chợ Bến Đá, cho biết giá cá thu đã tăng gấp đôi trong một tuần.',
      'Ông Lan cho biết thêm vựa của ông đã phải thuê thêm hai xe chở cá.',
    );
    expect(quoteWith(ex, 'thuê thêm hai xe chở cá')?.speaker).toBe('Phạm Văn Lan');
  });
});

describe('"nữ" or "nam" written before a title says the sex of its holder', () => {
  it('"anh" is not the woman introduced as "nữ diễn viên" just before', () => {
    const ex = one(
      'Tại buổi ra mắt phim, nữ diễn viên trẻ Khúc Ngọc Anh kể cô từng nhận nhiều lời chê trên mạng.',
      'Người đóng vai chính khuyên đàn em rằng anh cũng từng bị chê nhiều: "Tôi cứ lặng lẽ làm việc và để bộ phim tự lên tiếng".',
    );
    expect(quoteWith(ex, 'từng nhận nhiều lời chê')?.speaker).toBe('Khúc Ngọc Anh');
    expect(quoteWith(ex, 'lặng lẽ làm việc')?.speaker ?? null).not.toBe('Khúc Ngọc Anh');
  });

  it('"cô" still finds her, and "anh" finds the man introduced as "nam nhạc sĩ"', () => {
    const ex = one(
      'Nữ ca sĩ Tô Bảo Anh vừa ra mắt album mới. Nam nhạc sĩ Lạc Đình Phú, người viết phần lớn ca khúc, cũng có mặt.',
      '"Tôi muốn mỗi bài hát là một câu chuyện riêng", anh nói.',
      'Trong khi đó, nữ ca sĩ Tô Bảo Anh cho biết cô đã thu âm lại ca khúc chủ đề bảy lần. "Tôi chưa bao giờ làm kỹ như vậy", cô nói.',
    );
    expect(quoteWith(ex, 'một câu chuyện riêng')?.speaker).toBe('Lạc Đình Phú');
    expect(quoteWith(ex, 'chưa bao giờ làm kỹ như vậy')?.speaker).toBe('Tô Bảo Anh');
  });
});
