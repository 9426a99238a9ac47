import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('when a statement was made', () => {
  it('takes a date from its own attribution, and later paragraphs of the same speaker inherit it', () => {
    const ex = extractArticle([
      'Người phát ngôn Chính phủ Erik Lund trong cuộc họp báo hôm 12/3 cho biết ngân sách sẽ được điều chỉnh.',
      'Ông Dag Moen, một nghị sĩ đối lập, phản đối kế hoạch này.',
      'Ông Lund nhấn mạnh: “Chúng tôi sẽ bảo vệ các khoản chi cho y tế”.',
    ], { published: '2023-03-20' });
    const q = quoteWith(ex, 'Chúng tôi sẽ bảo vệ');
    expect(q?.date).toBe('2023-03-12');
    expect(q?.dateSource).toBe('context');
    const indirect = ex.quotes.find((x) => x.kind === 'indirect' && x.speaker === 'Erik Lund');
    expect(indirect?.date).toBe('2023-03-12');
    expect(indirect?.dateSource).toBe('sentence');
  });

  it('a date after the quotation describes the occasion, a bare year there does not', () => {
    const ex = extractArticle([
      'Ông Erik Lund nói “ngân sách sẽ được công bố đầy đủ vào tuần sau” trong cuộc họp báo hôm 12/3.',
      'Bà Anna Berg nói “hai nước đã hợp tác rất hiệu quả” kể từ năm 2014.',
    ], { published: '2023-03-20' });
    expect(quoteWith(ex, 'ngân sách sẽ được công bố')?.date).toBe('2023-03-12');
    expect(quoteWith(ex, 'hai nước đã hợp tác')?.date).toBe('2023-03-20');
  });

  it('"Khi đó" refers back to the period last mentioned, with its precision', () => {
    const ex = extractArticle([
      'Bình luận này lặp lại phát biểu của Thủ tướng Lars Nyberg tại hội nghị ở Bergen vào cuối tháng 9.',
      'Khi đó, ông Nyberg cho hay “hai nước cần thêm thời gian để xây dựng lòng tin”.',
    ], { published: '2023-10-15' });
    const q = quoteWith(ex, 'hai nước cần thêm thời gian');
    expect(q?.date).toBe('2023-09');
    expect(q?.dateSource).toBe('context');
  });

  it('falls back to the publication date, then to null', () => {
    const dated = extractArticle(['Bà Anna Berg nói: “Chúng tôi sẽ tiếp tục đối thoại với tất cả các bên”.'], { published: '2023-11-23T08:34+07:00' });
    expect(quoteWith(dated, 'Chúng tôi sẽ tiếp tục')?.date).toBe('2023-11-23');
    expect(quoteWith(dated, 'Chúng tôi sẽ tiếp tục')?.dateSource).toBe('published');
    const undated = extractArticle(['Bà Anna Berg nói: “Chúng tôi sẽ tiếp tục đối thoại với tất cả các bên”.']);
    expect(quoteWith(undated, 'Chúng tôi sẽ tiếp tục')?.date).toBeNull();
    expect(quoteWith(undated, 'Chúng tôi sẽ tiếp tục')?.dateSource).toBeNull();
  });

  it('an undated article gives a year-less date the year of the latest full date it mentions', () => {
    const ex = extractArticle([
      'Hai bên đã gặp nhau lần đầu tại Oslo hôm 2/12/2019.',
      'Sau cuộc điện đàm chiều 30/12, ông Per Holm cho biết: “Cuộc điện đàm diễn ra trong bầu không khí xây dựng”.',
    ]);
    expect(quoteWith(ex, 'Cuộc điện đàm diễn ra')?.date).toBe('2019-12-30');
    expect(ex.events.map((e) => e.date)).toContain('2019-12-30');
  });

  it('a month-only date in a sentence about a plan is the coming month, not last year\'s', () => {
    const ex = extractArticle([
      'Thủ tướng Lars Nyberg dự kiến sẽ tham dự hội nghị thượng đỉnh khu vực vào tháng 11.',
    ], { published: '2023-10-05' });
    expect(ex.events.map((e) => e.date)).toEqual(['2023-11']);
  });

  it('a plan for the page\'s own month is this month, not the same month next year', () => {
    const ex = extractArticle(['Hai bộ dự kiến sẽ ký biên bản hợp tác vào cuối tháng 6.'], { published: '2023-06-08' });
    expect(ex.events.map((e) => e.date)).toEqual(['2023-06']);
  });

  it('a plan in the reported words does not move the month of the saying to next year', () => {
    const ex = extractArticle([
      'Giữa tháng 9, Bộ trưởng Lars Nyberg cho biết hai bên sẽ ký hiệp định thương mại trong năm tới.',
    ], { published: '2023-10-05' });
    expect(ex.events.map((e) => e.date)).toContain('2023-09');
    expect(ex.events.map((e) => e.date)).not.toContain('2024-09');
    const plan = extractArticle(['Bộ trưởng Lars Nyberg cho biết hai bên sẽ ký hiệp định thương mại vào tháng 11.'], { published: '2023-10-05' });
    expect(plan.events.map((e) => e.date)).toContain('2023-11');
  });

  it('a date inside the quoted words is not the date of the statement', () => {
    const ex = extractArticle([
      'Bà Anna Berg nói: “Chúng tôi đã gửi đề xuất này từ tháng 12/2021 nhưng chưa nhận được trả lời”.',
    ], { published: '2023-04-02' });
    expect(quoteWith(ex, 'Chúng tôi đã gửi đề xuất')?.date).toBe('2023-04-02');
  });
});

describe('events', () => {
  it('a dated sentence describing a happening is an event with a verbatim clause and the whole sentence', () => {
    const sentence = 'Tới tháng 1/2022, hai nước đã tổ chức ba vòng đàm phán về an ninh biên giới.';
    const ex = extractArticle([sentence], { published: '2023-05-10', file: 'ev.txt' });
    expect(ex.events).toHaveLength(1);
    const ev = ex.events[0]!;
    expect(ev.date).toBe('2022-01');
    expect(ev.excerpt).toBe(sentence);
    expect(sentence).toContain(ev.text);
    expect(ev.text).toContain('ba vòng đàm phán');
    expect(ev.sources[0]!.file).toBe('ev.txt');
  });

  it('captions with a date count; dated sentences without a happening and relative dates in quotations do not', () => {
    const ex = extractArticle([
      'Thủ tướng Lars Nyberg và Ngoại trưởng Anna Berg tại hội nghị thượng đỉnh ở Bergen ngày 4/6/2021. Ảnh: AFP',
      'Giá cà phê năm 2020 vẫn ở mức thấp so với trung bình.',
      'Bà Berg nói: “Cuộc họp hôm qua là một bước ngoặt lớn cho cả khu vực”.',
    ], { published: '2023-05-10' });
    expect(ex.events.map((e) => e.date)).toEqual(['2021-06-04']);
  });

  it("a quotation's explicit date is a dated happening (the annotated real pages count them)", () => {
    const ex = extractArticle(['Bà Berg nói: “Cuộc họp ngày 9/9/2022 là một bước ngoặt lớn cho cả khu vực”.'], { published: '2023-05-10' });
    expect(ex.events.map((e) => e.date)).toEqual(['2022-09-09']);
  });

  it('punctuation inside a quoted name does not cut the event text', () => {
    const ex = extractArticle(['Hội thảo “Thị trường vàng: cơ hội và thách thức” diễn ra hôm 28/5 tại Hà Nội.'], { published: '2024-06-02' });
    expect(ex.events[0]?.text).toBe('Hội thảo “Thị trường vàng: cơ hội và thách thức” diễn ra hôm 28/5 tại Hà Nội');
  });

  it('keeps the event text short around the date in a long sentence', () => {
    const filler = 'trong bối cảnh căng thẳng kéo dài giữa các nước láng giềng và nhiều tranh cãi về thương mại, năng lượng, di cư';
    const sentence = `Quốc hội đã thông qua luật ngân sách mới vào ngày 3/4/2023 ${filler}, ${filler}, ${filler}.`;
    const ex = extractArticle([sentence], { published: '2023-05-10' });
    const ev = ex.events[0]!;
    expect(ev.text.length).toBeLessThanOrEqual(200);
    expect(ev.text).toContain('ngày 3/4/2023');
    expect(sentence).toContain(ev.text);
  });
});
