import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented: an airline's delays, explained by its spokeswoman, with a promise its former chief executive made a year
// before quoted in passing, which names the airline and the delays as well.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Hơn 150 chuyến bay của Cánh Cam Air bị chậm trong bốn ngày cuối tuần qua, nhiều hành khách phải chờ qua đêm ở sân bay.',
    'Tại buổi gặp báo chí chiều 12/6, người phát ngôn của hãng, bà Đinh Thị Hoa, cho biết nguyên nhân chậm chuyến là ba máy bay phải dừng khai thác để kiểm tra động cơ.',
    'Năm ngoái, khi Cánh Cam Air cũng để chậm hàng loạt chuyến bay dịp hè, Tổng giám đốc hãng khi đó là ông Lạc Văn Tùng từng tuyên bố: "Hành khách sẽ không bao giờ phải chờ chuyến bay chậm vì Cánh Cam Air nữa".',
  ], { file: 'canhcam.txt', title: 'Cánh Cam Air chậm hơn 150 chuyến bay', published: '2025-06-13' }),
  makeDoc([
    'Giám đốc Sở Nông nghiệp tỉnh Bình Lâm Vũ Thị Hạnh cho biết năm nay nông dân trồng thêm 2.000 ha lúa chất lượng cao.',
  ], { file: 'lua.txt', title: 'Bình Lâm mở rộng diện tích lúa chất lượng cao', published: '2025-06-10' }),
]));

describe('a question about what an office of a body said, in an article quoting several of its people', () => {
  it('"Người phát ngôn <hãng> giải thích … thế nào" is answered first by the spokeswoman, not by a former head quoted in passing', () => {
    const [first] = index.ask('Người phát ngôn Cánh Cam Air giải thích nguyên nhân chậm chuyến bay thế nào?');
    expect(first?.speaker).toBe('Đinh Thị Hoa');
    expect(first?.text).toContain('kiểm tra động cơ');
  });
  it('and the head asked of by his office gets his own words first', () => {
    const [first] = index.ask('Tổng giám đốc Cánh Cam Air nói gì về chuyến bay chậm?');
    expect(first?.speaker).toBe('Lạc Văn Tùng');
  });
});
