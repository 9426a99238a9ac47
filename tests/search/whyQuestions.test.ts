import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { statesCause } from '../../src/search/rank.js';
import { articlesOn } from '../helpers/articles.js';

// An invented report: a ferry that turned back, told in plain sentences (no statement extracted).
const DOC = articlesOn('2025-08-02')('w1.txt', 'Phà Cồn Mây quay đầu giữa sông', [
  'Sáng 1/8, phà Cồn Mây chở khách bất ngờ quay đầu giữa sông.',
  'Thuyền trưởng cho biết, do nước sông lên nhanh, sương mù dày và nhiều thuyền nhỏ neo trên luồng nên phà Cồn Mây phải quay đầu.',
  'Chiều cùng ngày, phà Cồn Mây quay lại hoạt động bình thường.',
]);
const EXTRACTION: Extraction = { documents: [DOC], speakers: [], quotes: [], events: [] };
const index = createSearchIndex(EXTRACTION);

describe('"why" questions', () => {
  it('put the sentence that states the cause first, before one that repeats more of the question', () => {
    const [r] = index.ask('Vì sao phà Cồn Mây quay đầu giữa sông?');
    expect(r?.text).toContain('do nước sông lên nhanh, sương mù dày');
  });

  it('read the same way without diacritics', () => {
    expect(index.ask('tai sao pha Con May quay dau giua song')[0]?.text).toContain('sương mù dày');
  });
});

// An invented report whose two sentences repeat the whole question and whose one cause shares only part of it.
const BRIDGE = articlesOn('2025-03-06')('w2.txt', 'Cấm xe tải qua cầu Khe Lim', [
  'Từ sáng 5/3, xe tải bị cấm qua cầu Khe Lim.',
  'Lệnh cấm xe tải qua cầu Khe Lim kéo dài đến hết tháng Ba.',
  'Theo ban quản lý dự án, mưa lớn kéo dài khiến hai trụ của cầu Khe Lim bị xói lở, không còn chịu nổi sức nặng của xe tải.',
]);
// Other reports, so that the bridge's words weigh as the rare words they are in a corpus.
const OTHERS = articlesOn('2025-03-06')('w3.txt', 'Chợ hoa xuân mở cửa', [
  'Chợ hoa xuân ở phường Tân Lập mở cửa từ sáng nay với hơn 200 gian hàng.',
  'Mưa lớn kéo dài khiến giá rau xanh tăng mạnh trong tuần qua.',
  'Ban quản lý chợ cho biết lượng khách năm nay đông hơn năm ngoái.',
]);
const bridge = createSearchIndex({ documents: [BRIDGE, OTHERS], speakers: [], quotes: [], events: [] });

describe('"why" questions answered by a cause that repeats less of the question', () => {
  it('put the cause ("A khiến B") before sentences that only restate what happened', () => {
    const [r] = bridge.ask('Vì sao cầu Khe Lim cấm xe tải?');
    expect(r?.text).toContain('mưa lớn kéo dài khiến hai trụ');
  });
});

describe('statesCause', () => {
  it.each([
    ['do nước sông lên nhanh nên ông quyết định quay đầu', true],
    ['Chuyến bay bị hủy vì bão', true],
    ['nguyên nhân ban đầu được xác định là chập điện', true],
    ['The match was delayed because of heavy rain', true],
    ['Mưa lớn kéo dài khiến hai trụ cầu bị xói lở', true],
    ['Việc thiếu tàu bay dẫn đến chậm chuyến hàng loạt', true],
    ['Hội thảo do Bộ Y tế tổ chức tại Hà Nội', false],
    ['Thay vì xây cầu mới, tỉnh sửa lại cầu cũ', false],
    ['PV: Vì sao tỉnh chọn sửa lại cầu cũ?', false],
    ['Chiều cùng ngày, phà quay lại hoạt động bình thường', false],
  ])('%s → %s', (text, expected) => {
    expect(statesCause(text)).toBe(expected);
  });
});
