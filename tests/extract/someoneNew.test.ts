import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-14');

// "một" + a noun for a person brings someone new into the story, whom the page does not name: their words are never
// the last speaker's, nor anyone's of the cast.
describe('someone new, brought in by "một", speaks: the words are kept with no name', () => {
  it('"Một cụ bà … nói: “…”" after a named organiser is not the organiser', () => {
    const ex = one(
      'Bà Vương Thị Ngân, trưởng ban tổ chức hội chợ, cho biết năm nay có 120 gian hàng nông sản.',
      'Một cụ bà ngồi bán rau ở cổng chợ nói: "Tôi mang rau nhà trồng ra đây bán từ sáng sớm".',
    );
    const q = quoteWith(ex, 'mang rau nhà trồng ra đây');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker).toBeNull();
  });

  it('"“…”, một người phụ nữ than thở." is not the man named in the paragraph before', () => {
    const ex = one(
      'Ông Đoàn Văn Quế, tổ trưởng tổ dân phố, cho biết con hẻm bị ngập từ tối qua.',
      '“Nước vào tới giường, đồ đạc hư hết cả rồi”, một người phụ nữ than thở.',
    );
    const q = quoteWith(ex, 'đồ đạc hư hết cả rồi');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it('"“…”, một giọng nói vang lên." is nobody of the cast', () => {
    const ex = one(
      'Ông Đoàn Văn Quế, tổ trưởng tổ dân phố, cho biết con hẻm bị ngập từ tối qua.',
      '“Mùi bùn này thì ở đây quen rồi, có ai lạ gì nữa”, một giọng nói vang lên giữa đám đông.',
    );
    expect(quoteWith(ex, 'ở đây quen rồi')?.speaker ?? null).toBeNull();
  });

  it('a named person after "một" words is still that person: "Cụ ông Lò Văn Páo nói"', () => {
    const ex = one('Cụ ông Lò Văn Páo ngồi bên bếp lửa nói: "Mùa này năm nào bản cũng mở hội xuống đồng".');
    expect(quoteWith(ex, 'bản cũng mở hội xuống đồng')?.speaker).toBe('Lò Văn Páo');
  });
});

describe('a sentence opening on a counted group does not go on with the last speaker', () => {
  it('"Theo X, …. Các chuyên gia dự báo …" leaves the forecast to no one named', () => {
    const ex = one('Theo Trung tâm Y tế huyện Lạc Sơn, từ tháng 6 huyện ghi nhận hơn 300 ca sốt xuất huyết. Các chuyên gia dự báo dịch còn kéo dài qua mùa mưa.');
    expect(quoteWith(ex, '300 ca sốt xuất huyết')?.speaker).toBe('Trung tâm Y tế huyện Lạc Sơn');
    expect(quoteWith(ex, 'còn kéo dài qua mùa mưa')?.speaker ?? null).toBeNull();
  });

  it('advice to a group with no determiner still goes on with the speaker', () => {
    const ex = one('Ông Hà Văn Sử cho biết huyện đã phun thuốc ở 12 xã. Người dân cần chủ động đậy kín các dụng cụ chứa nước trong nhà.');
    expect(quoteWith(ex, 'đậy kín các dụng cụ chứa nước')?.speaker).toBe('Hà Văn Sử');
  });
});
