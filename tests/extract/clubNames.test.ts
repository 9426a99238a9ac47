import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-12-20');

describe('a club is named by the whole capitalised run after "CLB"', () => {
  it('a club whose name opens with a family name is the club, not a person', () => {
    const paragraphs = ['CLB Hoàng Gia Bình Phước cho biết đội sẽ tập trung trở lại vào ngày 5/1 để chuẩn bị cho giai đoạn hai.'];
    expect(speakerOf(paragraphs, 'tập trung trở lại')).toBe('CLB Hoàng Gia Bình Phước');
  });

  it('a club named by a sponsor and a place is not cut to "CLB"', () => {
    const paragraphs = [
      'Ban huấn luyện CLB Kiến Trúc Hải Dương đã chốt danh sách 25 cầu thủ. CLB Kiến Trúc Hải Dương khẳng định sẽ không mua thêm ngoại binh trong mùa này.',
    ];
    expect(speakerOf(paragraphs, 'không mua thêm ngoại binh')).toBe('CLB Kiến Trúc Hải Dương');
  });

  it('the coach named after the club in a title is still the speaker', () => {
    const paragraphs = ['HLV trưởng CLB Kiến Trúc Hải Dương Lương Văn Tài cho biết đội sẽ đá hai trận giao hữu trong tháng 1.'];
    expect(speakerOf(paragraphs, 'hai trận giao hữu')).toBe('Lương Văn Tài');
  });

  it('a personal name right after "CLB" in a title is the holder, not the club', () => {
    const paragraphs = ['Trả lời báo chí, Phó chủ tịch CLB Đặng Quốc Khánh cho biết đội chưa đàm phán với huấn luyện viên nào.'];
    expect(speakerOf(paragraphs, 'chưa đàm phán')).toBe('Đặng Quốc Khánh');
  });
});

describe('a joint-stock company written "CTCP" is named by the words after it', () => {
  it('"Theo CTCP <name>, …" gives the company, not "CTCP"', () => {
    const paragraphs = ['Theo CTCP Tập đoàn nhựa Bình Khê, nhà máy mới ở Long An sẽ vận hành từ quý III.'];
    expect(speakerOf(paragraphs, 'vận hành từ quý III')).toBe('CTCP Tập đoàn nhựa Bình Khê');
  });
});
