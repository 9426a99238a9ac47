import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-06');

describe('a crowd, a group or a side says something: the report is kept, with no name shown', () => {
  it('"“…”, một người dân sống gần đó chia sẻ." is a quotation nobody is named for', () => {
    const ex = one(
      'Đêm qua mưa lớn khiến nhiều tuyến phố ở phường Vĩnh Lạc Tây ngập sâu.',
      '“Mưa lớn làm ngập cả con đường trước nhà tôi suốt đêm, tôi phải kê đồ lên cao”, một người dân sống gần đó chia sẻ.',
    );
    const q = quoteWith(ex, 'kê đồ lên cao');
    expect(q?.kind).toBe('direct');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it('"Nhiều người dân cho biết …" reports the residents\' words, shown as said by no one named', () => {
    const ex = one(
      'Ông Lê Văn Toàn, Chủ tịch UBND phường, đã đến kiểm tra hiện trường.',
      'Nhiều người dân cho biết nước lên rất nhanh và rút rất chậm trong đêm.',
    );
    const q = quoteWith(ex, 'nước lên rất nhanh');
    expect(q?.kind).toBe('indirect');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it('"Theo phản ánh của người dân, …" and "Một số học sinh chia sẻ, …" are reports too', () => {
    const ex = one(
      'Theo phản ánh của người dân, nước bắt đầu dâng từ rạng sáng và ngập tới đầu gối.',
      'Một số học sinh chia sẻ, nếu đề thi giống đề tham khảo thì các em khá yên tâm.',
    );
    expect(quoteWith(ex, 'ngập tới đầu gối')).toHaveProperty('speaker', null);
    expect(quoteWith(ex, 'các em khá yên tâm')).toHaveProperty('speaker', null);
  });

  it('"Phía Nga cho rằng …" and "Residents said …" keep the words and show no one', () => {
    const ex = one(
      'Phía Nga cho rằng lệnh trừng phạt mới của phương Tây là hoàn toàn bất hợp pháp.',
      'Residents said the water rose above their knees within an hour.',
    );
    expect(quoteWith(ex, 'hoàn toàn bất hợp pháp')).toHaveProperty('speaker', null);
    expect(quoteWith(ex, 'above their knees')).toHaveProperty('speaker', null);
  });

  it('a crowd\'s report is not put on the page\'s day: it was said over time, not at one occasion', () => {
    const ex = one('Nhiều người dân cho biết sức mua ở chợ giảm mạnh so với cùng kỳ năm ngoái.');
    expect(quoteWith(ex, 'sức mua ở chợ giảm mạnh')).toHaveProperty('date', null);
  });
});

describe('a named person is never replaced by the group around them', () => {
  it('"Cử tri Nguyễn Văn An cho biết …" is said by Nguyễn Văn An', () => {
    const ex = one('Cử tri Nguyễn Văn An cho biết đường vào thôn đã xuống cấp nghiêm trọng sau mùa mưa.');
    expect(quoteWith(ex, 'đã xuống cấp nghiêm trọng')?.speaker).toBe('Nguyễn Văn An');
  });

  it('a group noun inside someone\'s words does not make the group the speaker', () => {
    const ex = one('Ông Lê Văn Toàn cho biết người dân đã được hỗ trợ di dời tài sản ngay trong đêm.');
    expect(quoteWith(ex, 'hỗ trợ di dời tài sản')?.speaker).toBe('Lê Văn Toàn');
  });

  it('"người dân chờ chính quyền …": a clause word after the group ends it; nobody is made up', () => {
    const ex = one('Người dân nghe cán bộ phường cho biết con đường sẽ được sửa trong tháng tới.');
    expect(ex.quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('"nêu" reports before a comma, a colon or "rằng", and only there', () => {
  it('"Chủ tịch Quốc hội X nêu, đã có …" is X\'s statement', () => {
    const ex = one('Chủ tịch Quốc hội Trần Thị Hà nêu, đã có 30 đại biểu chất vấn trong buổi sáng.');
    expect(quoteWith(ex, 'đã có 30 đại biểu chất vấn')?.speaker).toBe('Trần Thị Hà');
  });

  it('"nêu câu hỏi", "nêu trên" report nothing', () => {
    const ex = one(
      'Ông Trần Văn Hải nêu câu hỏi về tiến độ dự án đường ven biển của tỉnh.',
      'Các xã nêu trên đã hoàn thành việc di dời dân trước mùa mưa bão.',
    );
    expect(ex.quotes).toEqual([]);
  });
});
