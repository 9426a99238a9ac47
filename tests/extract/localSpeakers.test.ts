import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { extractOn, makeDoc, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-20');

describe('people of a local story named by initials', () => {
  const ex = one(
    'Sáng 19/5, công an huyện đã làm việc với các bên liên quan đến vụ va chạm trên quốc lộ.',
    'Làm việc với công an, tài xế Đ.V.S (52 tuổi, ngụ tỉnh Long An) cho biết, do trời mưa lớn nên ông không thấy xe máy phía trước.',
    'Sau đó, anh K.T.P. cho biết anh đã gọi xe cấp cứu ngay sau tai nạn.',
    'Tài xế Đ.V.S khai, vì sợ bị phạt nên đã lái xe bỏ đi khỏi hiện trường.',
  );

  it('a trade before initials is a title, and the parenthesis describes the speaker', () => {
    expect(quoteWith(ex, 'do trời mưa lớn')?.speaker).toBe('Đ.V.S');
  });

  it('the period closing initials does not end the sentence’s subject', () => {
    expect(quoteWith(ex, 'đã gọi xe cấp cứu')?.speaker).toBe('K.T.P');
  });

  it('"khai," reports what was told to the police', () => {
    const q = quoteWith(ex, 'vì sợ bị phạt');
    expect(q?.speaker).toBe('Đ.V.S');
    expect(q?.kind).toBe('indirect');
  });
});

describe('verbs that report nothing', () => {
  it('"khai mạc" opens an event; "để yêu cầu" is a purpose, not a statement', () => {
    const ex = one(
      'Ông Đàm Quốc Huy khai mạc hội chợ nông sản vào sáng 18/5.',
      'Chủ xe Mạc Văn Lực đuổi theo để yêu cầu tài xế xe tải bồi thường chiếc gương.',
    );
    expect(ex.quotes.some((q) => q.text.includes('hội chợ nông sản'))).toBe(false);
    expect(quoteWith(ex, 'tài xế xe tải bồi thường')).toBeUndefined();
  });
});

describe('the sports press’s "chiến lược gia"', () => {
  it('is the coach the article names', () => {
    const ex = one(
      'HLV Yoon Jae-hyun dẫn dắt đội tuyển từ đầu năm và vừa giúp đội vào bán kết.',
      'Phân tích về trận đấu, vị chiến lược gia người Hàn Quốc nói: “Các cầu thủ đã chơi kỷ luật và biết chờ cơ hội trong hiệp hai”.',
    );
    const q = quoteWith(ex, 'chơi kỷ luật và biết chờ cơ hội');
    expect(q?.speaker).toBe('Yoon Jae-hyun');
    expect(q?.kind).toBe('direct');
  });
});

describe('a lone name that another article spells almost alike', () => {
  it('is not linked to that article’s person', () => {
    const ex = extractCorpus([
      makeDoc(['Ông Phan Quốc Thanh, giám đốc nhà máy giấy, nói: “Chúng tôi sẽ mở thêm hai dây chuyền trong năm nay”.'], { published: '2024-05-20' }),
      makeDoc(['Ông Thang, chủ một quán phở ở đầu chợ, cho biết: “Giá thịt bò đã tăng gấp rưỡi từ đầu tháng”.'], { published: '2024-05-21' }),
    ]);
    expect(quoteWith(ex, 'hai dây chuyền')?.speaker).toBe('Phan Quốc Thanh');
    expect(quoteWith(ex, 'Giá thịt bò')?.speaker).toBe('Thang');
  });
});
