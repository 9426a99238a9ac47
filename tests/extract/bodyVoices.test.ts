/**
 * A body's unnamed representative ("Đại diện Hiệp hội X cho biết …", "lãnh đạo Sở Y tế tỉnh Y cho biết …") reports
 * for the body: the description as written is the speaker's label, whether the words are quoted or reported. It
 * stays blank when someone named in the article holds a title in that body. Sentences written for these tests; bodies
 * and people invented.
 */
import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-03-15');

describe('a body’s representative is labelled as the page describes them', () => {
  it('"Đại diện Hiệp hội X cho biết, …" reported without marks', () => {
    expect(speakerOf([
      'Đại diện Hiệp hội Chè Lâm Đồng cho biết, những tháng đầu năm thường là mùa thấp điểm của ngành do ít đơn hàng.',
    ], 'mùa thấp điểm của ngành')).toBe('Đại diện Hiệp hội Chè Lâm Đồng');
  });

  it('"lãnh đạo Sở … cho biết" beside a commune chairman named before', () => {
    expect(speakerOf([
      'Ông Hà Văn Tâm, Chủ tịch UBND xã Phú Lâm, xác nhận số học sinh nhập viện đã tăng lên 30 em.',
      'Lãnh đạo Sở Y tế tỉnh Phú Khang cũng cho biết phải chờ kết quả xét nghiệm mẫu thức ăn mới biết nguyên nhân.',
    ], 'chờ kết quả xét nghiệm')).toBe('Lãnh đạo Sở Y tế tỉnh Phú Khang');
  });

  it('"Theo vị lãnh đạo Công an huyện …," keeps the body whole', () => {
    expect(speakerOf([
      'Cũng theo vị lãnh đạo Công an huyện Tân Lạc, cơ quan điều tra mới khởi tố vụ án, chưa khởi tố bị can.',
    ], 'mới khởi tố vụ án')).toBe('Lãnh đạo Công an huyện Tân Lạc');
  });

  it('a body ending in "Quốc gia" keeps its last syllable', () => {
    expect(speakerOf([
      'Đại diện Ủy ban An toàn giao thông Quốc gia cho biết nguyên nhân ban đầu là do xe mất phanh khi xuống dốc.',
    ], 'xe mất phanh')).toBe('Đại diện Ủy ban An toàn giao thông Quốc gia');
  });
});

describe('where the representative may be someone named, or is not one body’s', () => {
  it('a director of that body named before: no label that could hide them', () => {
    expect(speakerOf([
      'Bà Trần Thị Lan, Giám đốc Sở Y tế tỉnh Phú Khang, đã có mặt tại bệnh viện từ sáng.',
      'Lãnh đạo Sở Y tế tỉnh Phú Khang cho biết các em đều đã qua cơn nguy kịch.',
    ], 'đã qua cơn nguy kịch')).toBeNull();
  });

  it('several representatives, or a country’s leaders, are no one', () => {
    expect(speakerOf([
      'Các đại diện doanh nghiệp cho biết đơn hàng xuất khẩu đã kín đến hết quý ba.',
    ], 'đơn hàng xuất khẩu đã kín')).toBeNull();
    expect(speakerOf([
      'Lãnh đạo Thái Lan cho biết nước này sẽ mở lại cửa khẩu trong tuần tới.',
    ], 'mở lại cửa khẩu')).toBeNull();
  });
});
