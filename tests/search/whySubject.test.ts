import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// An invented report: a bus company asks to raise fares, the town's vice-chairman speaks on the same plan.
const doc = articlesOn('2025-07-14');
const FARES = doc('f1.txt', 'Xe buýt ở thị xã Hòa Vang xin tăng giá vé', [
  'Công ty CP Vận tải Sông Mây vừa gửi đề xuất tăng giá vé xe buýt từ 8.000 lên 10.000 đồng mỗi lượt tại thị xã Hòa Vang.',
  'Ông Đào Quang Vịnh, Giám đốc Công ty CP Vận tải Sông Mây, cho biết giá nhiên liệu tăng gần gấp rưỡi trong ba năm nhưng giá vé vẫn giữ nguyên, công ty không thể tiếp tục bù lỗ.',
  'Ông Lương Đức Tài, Phó Chủ tịch UBND thị xã Hòa Vang, yêu cầu giữ giá vé cho học sinh và người cao tuổi ở Hòa Vang.',
]);
const OTHER = doc('f2.txt', 'Hội chợ nông sản mở cửa', [
  'Hội chợ nông sản năm nay có hơn 150 gian hàng của các hợp tác xã.',
  'Bà Nông Thị Hiền, Trưởng ban tổ chức, cho biết lượng khách đông hơn năm ngoái.',
]);
const index = createSearchIndex(extractCorpus([FARES, OTHER]));

describe('"Vì sao <body> ở <place> đề xuất …": who is asked to have spoken', () => {
  it('answers with the company director\'s words, not the town official\'s whose office names only the place', () => {
    for (const question of ['Vì sao công ty vận tải ở Hòa Vang đề xuất tăng giá vé xe buýt?', 'Tại sao công ty vận tải ở Hòa Vang đề xuất tăng giá vé xe buýt?']) {
      const [r] = index.ask(question);
      expect(r?.speaker).toBe('Đào Quang Vịnh');
    }
  });
});
