import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-11');

describe('a body whose head is also a family name, written with an acronym ("Đoàn ĐBQH")', () => {
  it('the delegate named after the delegation and its province speaks, not the delegation', () => {
    const ex = one(
      'Thảo luận tại tổ chiều 10/6, Phó trưởng Đoàn chuyên trách phụ trách Đoàn ĐBQH tỉnh Bắc Kạn Hà Thị Lụa khẳng định: ' +
        'Quy định về cấp phép khai thác cát còn nhiều kẽ hở, cần siết chặt ngay từ khâu cấp phép.',
    );
    expect(quoteWith(ex, 'khai thác cát còn nhiều kẽ hở')?.speaker).toBe('Hà Thị Lụa');
  });

  it('the delegation in brackets after a delegate is no person of that name', () => {
    const ex = one(
      'Đại biểu Nông Văn Tịnh (Đoàn ĐBQH tỉnh Bắc Kạn) cho rằng cần tăng mức phạt với xe chở quá tải.',
      'Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Bắc Kạn cho biết đoàn đã tổng hợp 40 kiến nghị của cử tri.',
    );
    expect(quoteWith(ex, 'tăng mức phạt với xe chở quá tải')?.speaker).toBe('Nông Văn Tịnh');
    expect(quoteWith(ex, 'tổng hợp 40 kiến nghị')?.speaker ?? null).not.toBe('Đoàn ĐBQH');
  });
});
