/**
 * A bare name is a person's when the article describes it as only a person can be described (an appositive "người …",
 * an age, a relative, an occupation), and a person so known may be called by the first word of a name written given
 * name first. Each rule also leaves a blank where the same words do not say who speaks. Sentences written for these
 * tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-05-12');

describe('a bare name described as a person speaks', () => {
  it('"X, người …, chia sẻ:" gives the quotation to X', () => {
    expect(speakerOf([
      'Đội chủ nhà thắng 3-0 trong trận đấu tối qua trên sân Thống Nhất.',
      'Sau trận đấu, Quang Tùng, người ghi hai bàn thắng, chia sẻ: "Tôi rất vui vì đã giúp đội có ba điểm quan trọng trước kỳ nghỉ".',
    ], 'giúp đội có ba điểm')).toBe('Quang Tùng');
  });

  it('an age in brackets after the name makes it a person\'s', () => {
    expect(speakerOf([
      'Ngọc Trâm (24 tuổi) mở quán cà phê sách ở ngoại ô từ đầu năm nay.',
      '"Ngày đầu chỉ có ba khách, nhưng bây giờ cuối tuần nào cũng kín chỗ", Ngọc Trâm kể.',
    ], 'cuối tuần nào cũng kín chỗ')).toBe('Ngọc Trâm');
  });

  it('an occupation between commas makes it a person\'s', () => {
    expect(speakerOf([
      'Khu chợ nổi sáng nay vắng hơn mọi năm, và với Thu Trang, hướng dẫn viên du lịch, khách nước ngoài mới trở lại lác đác.',
      '"Tôi mong mùa sau khách sẽ đông như trước", Thu Trang nói.',
    ], 'mùa sau khách sẽ đông')).toBe('Thu Trang');
  });

  it('the same words after a name governed by a preposition open the main clause: no speaker', () => {
    expect(speakerOf([
      'Tại Bản Mù Sang, người dân đã dọn xong bùn đất sau trận lũ.',
      '"Nước lên nhanh quá, chỉ kịp mang theo giấy tờ", Bản Mù Sang cho biết.',
    ], 'chỉ kịp mang theo giấy tờ')).toBeNull();
  });

  it('a description that reports is the main clause\'s subject, not an appositive', () => {
    expect(speakerOf([
      'Nhờ Tà Xùa, người dân địa phương cho biết, thu nhập đã tăng gấp đôi.',
      '"Mùa này khách đến đông lắm", Tà Xùa nói.',
    ], 'Mùa này khách đến đông')).toBeNull();
  });
});

describe('a bare name that posts on a personal page is a person', () => {
  it('"X chia sẻ trên trang cá nhân", then "Anh viết:": the post is X\'s', () => {
    expect(speakerOf([
      'Sau trận thắng, Đình Trọng đã chia sẻ cảm xúc trên trang cá nhân.',
      'Anh viết: "Cảm ơn người hâm mộ đã đội mưa cổ vũ chúng tôi đến phút cuối cùng".',
    ], 'đội mưa cổ vũ')).toBe('Đình Trọng');
  });

  it('a body posting on its own page is not made a person', () => {
    expect(speakerOf([
      'Trên trang chính thức, Sao Mai Group chia sẻ rằng sản phẩm mới sẽ ra mắt vào tháng sau.',
      'Anh viết: "Chúng tôi sẽ giảm giá cho khách hàng đặt trước".',
    ], 'giảm giá cho khách hàng')).toBeNull();
  });
});

describe('a name written given name first is called by its first word', () => {
  it('a foreign given name alone is the person of that full name', () => {
    expect(speakerOf([
      'Blogger du lịch Marcus Whitfield (41 tuổi) dành ba tuần đi dọc miền Trung.',
      '"Tôi chưa thấy nơi nào mà người bán hàng mời khách ăn cơm như ở đây", Marcus viết trên trang cá nhân.',
    ], 'mời khách ăn cơm')).toBe('Marcus Whitfield');
  });

  it('a Vietnamese name written given name first is called by that given name', () => {
    expect(speakerOf([
      'Thảo Lê, nhân viên một khách sạn ven biển, đã làm nghề được sáu năm.',
      '"Chúng tôi phải giảm giá phòng để giữ khách", Thảo nói.',
    ], 'giảm giá phòng để giữ khách')).toBe('Thảo Lê');
  });

  it('a Vietnamese name in its own order is not called by its first word', () => {
    expect(speakerOf([
      'Duy Khang, người ghi bàn thắng duy nhất, rời sân trong vòng tay đồng đội.',
      '"Cả đội đã chiến đấu hết mình", Duy nói.',
    ], 'chiến đấu hết mình')).toBeNull();
  });

  it('two people opening with the same given name: nobody', () => {
    expect(speakerOf([
      'Hai du khách Anna Lindgren (30 tuổi) và Anna Novak (28 tuổi) cùng thuê xe máy đi đèo Hải Vân.',
      '"Đây là cung đường đẹp nhất tôi từng đi", Anna nói.',
    ], 'cung đường đẹp nhất')).toBeNull();
  });
});

describe('a pronoun after a bare name that opened a sentence', () => {
  it('"anh" in the next paragraph is not the coach named before the player', () => {
    expect(speakerOf([
      'Được HLV Lê Văn Khải tin dùng ở vị trí trung phong, tiền đạo trẻ đã ghi bàn ở phút 43.',
      'Chia sẻ sau trận đấu, Văn Toàn bày tỏ sự hân hoan với 90 phút thành công.',
      '"Tôi xin dành tặng chiến thắng cho tất cả những ai đã ủng hộ đội tuyển", anh nói.',
    ], 'dành tặng chiến thắng')).not.toBe('Lê Văn Khải');
  });

  it('with no bare name since, "ông" is still the last speaker', () => {
    expect(speakerOf([
      'HLV Lê Văn Khải cho biết đội sẽ tập trung cho trận chung kết.',
      '"Chúng tôi còn ba ngày để hồi phục", ông nói.',
    ], 'ba ngày để hồi phục')).toBe('Lê Văn Khải');
  });
});
