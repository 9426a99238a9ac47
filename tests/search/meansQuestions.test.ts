import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { extractOn } from '../helpers/articles.js';

// An invented report: a market that fights counterfeit goods; the answer says how without the words "bằng cách".
const MARKET = extractOn('2025-06-03')(
  'Chợ Đồng Xoài bước vào dịp cao điểm hè với lượng khách tăng gấp đôi.',
  'Để chống hàng giả, ông Mạc Văn Tường, trưởng ban quản lý chợ Đồng Xoài, cho biết mỗi sạp sẽ dán mã QR truy xuất nguồn gốc.',
  'Một tiểu thương chợ Đồng Xoài nói bằng cách này người mua sẽ yên tâm hơn khi mua hàng giả hay thật đều biết.',
);

describe('"bằng cách nào" asks how, as "như thế nào" does', () => {
  it('finds the statement saying how, not a sentence that repeats "bằng cách"', () => {
    const [r] = createSearchIndex(MARKET).ask('Chợ Đồng Xoài chống hàng giả bằng cách nào?');
    expect(r?.text).toContain('mã QR');
  });
});
