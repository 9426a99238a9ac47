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
