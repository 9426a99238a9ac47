import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith, speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2025-04-08');
const one = extractOn('2025-04-08');

// The remits of some ministries and departments list their fields with a comma ("Sở Lao động, Thương binh và Xã
// hội", "Bộ Văn hóa, Thể thao và Du lịch"): the comma is inside the body's name, it ends no phrase.
describe('a body whose remit is written with a comma', () => {
  it('an unnamed representative of such a body is not a person called by the last word of its name', () => {
    const q = quoteWith(one('Đại diện Sở Lao động, Thương binh và Xã hội tỉnh cho biết: "Năm nay tỉnh sẽ đưa khoảng 300 lao động sang làm việc ở nước ngoài".'), 'khoảng 300 lao động');
    expect(q?.speaker).toBe('Đại diện Sở Lao động, Thương binh và Xã hội tỉnh');
  });

  it('"Theo" such a body: the whole name is the source and the words start after it', () => {
    const q = quoteWith(one('Theo Bộ Lao động, Thương binh và Xã hội, cả nước đã đưa hơn 120.000 lao động đi làm việc ở nước ngoài trong năm qua.'), '120.000 lao động');
    expect(q?.speaker).toBe('Bộ Lao động, Thương binh và Xã hội');
    expect(q?.text.startsWith('cả nước đã đưa')).toBe(true);
  });

  it('the person named after a title holding such a body is the speaker', () => {
    expect(speakerOf(['Phó giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Thị Nguyệt cho biết: "Lễ hội năm nay sẽ kéo dài ba ngày".'], 'kéo dài ba ngày')).toBe('Hà Thị Nguyệt');
  });
});

// "TP" (thành phố) before a city's name writes a place, like "tỉnh": the city is no body called "TP", and the
// address it ends ("ở phường X, TP Y") belongs to the person named before it.
describe('a city written "TP X"', () => {
  it('a resident whose address ends on "TP X" is the speaker, not blanked by a body "TP"', () => {
    expect(speakerOf(['Anh Vũ Văn Kiên ở phường Hòa Lạc, TP Long Thạnh nói: "Tôi đã chờ giấy phép cả tháng nay".'], 'giấy phép cả tháng')).toBe('Vũ Văn Kiên');
    expect(speakerOf(['Bà Trần Thị Mơ ở xã Tân Lập, huyện Đông Khê, TP Hải Lâm cho biết: "Đường đê đã xuống cấp nhiều năm nay".'], 'Đường đê')).toBe('Trần Thị Mơ');
  });
});

// Family names less common than "Nguyễn" or "Trần" (the list in lexicon.ts follows Vietnamese Wikipedia's "Họ người
// Việt Nam") still open a personal name after a body's name, which would otherwise take the name's first word.
describe('a less common family name after a body in a title', () => {
  it('the whole personal name is the speaker', () => {
    expect(speakerOf(['Giám đốc Công ty Sao Mai Giáp Văn Lộc cho biết: "Đơn hàng quý này tăng gấp đôi".'], 'tăng gấp đôi')).toBe('Giáp Văn Lộc');
    expect(speakerOf(['Phó giám đốc Bệnh viện Hoa Sen Đậu Thị Hằng cho biết: "Chúng tôi đã tăng thêm 50 giường bệnh".'], '50 giường bệnh')).toBe('Đậu Thị Hằng');
    expect(speakerOf(['Chủ tịch HĐQT Công ty Hoa Mai Khương Văn Tú nói: "Năm nay công ty không chia cổ tức".'], 'chia cổ tức')).toBe('Khương Văn Tú');
  });
});
