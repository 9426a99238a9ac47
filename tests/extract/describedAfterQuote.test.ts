import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-03');

describe('a speaker described, not named, after a quotation ("“…”, nhà vô địch … chia sẻ.")', () => {
  it('a champion, a beauty queen, a team: the words are speech, said by no one the page names there', () => {
    const ex = one(
      'Tại giải bơi quốc gia, kình ngư Trần Văn Bình phá kỷ lục 200m tự do, còn Lê Văn Hậu về nhì.',
      '“Tôi đã chờ khoảnh khắc này suốt bốn năm, có lúc suýt bỏ nghề vì chấn thương”, nhà vô địch bơi tự do chia sẻ.',
      '“Tôi vẫn hồi hộp như lần đầu bước lên sàn diễn, nhất là khi thấy gia đình ở hàng ghế đầu”, người đẹp chia sẻ với phóng viên.',
      '“Sau các cuộc trao đổi thẳng thắn, hai bên thống nhất chấm dứt hợp đồng trước thời hạn”, đội bóng xứ biển thông báo.',
    );
    expect(quoteWith(ex, 'chờ khoảnh khắc này')).toMatchObject({ speaker: null, kind: 'direct' });
    expect(quoteWith(ex, 'hồi hộp như lần đầu')).toMatchObject({ speaker: null, kind: 'direct' });
    expect(quoteWith(ex, 'chấm dứt hợp đồng')).toMatchObject({ speaker: null, kind: 'direct' });
  });

  it('a saying people repeat, or a phrase that goes on with its own clause, is not read so', () => {
    const ex = one(
      'Bà Hồ Thị Lành mở quán phở ở góc chợ từ năm 1990.',
      '“Buôn có bạn, bán có phường, ai cũng cần có nhau cả”, người ta vẫn nói vậy ở chợ này.',
      '“Mùa nước nổi ở quê nhà ngày ấy”, cuốn sách ảnh đầu tay của nhiếp ảnh gia trẻ, kể về những cánh đồng ngập nước.',
    );
    expect(quoteWith(ex, 'Buôn có bạn')).toBeUndefined();
    expect(quoteWith(ex, 'Mùa nước nổi')).toBeUndefined();
  });
});
