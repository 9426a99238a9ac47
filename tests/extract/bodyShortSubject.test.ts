/**
 * A body named in full, its short name in brackets, then the verb: when the full name reads as pieces (a dash inside
 * it), the body speaks under its short name, never under the piece before the bracket. Sentences written for these
 * tests; bodies invented.
 */
import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-11-20');

describe('a body and its bracketed short name', () => {
  it('a full name cut at its dash: the short name in brackets speaks', () => {
    expect(speakerOf([
      'Tổng công ty Cơ khí – Xây dựng Miền Trung (Cosmitra) cho biết đã bàn giao 12 cây cầu trước thời hạn hai tháng.',
    ], 'bàn giao 12 cây cầu')).toBe('Cosmitra');
  });

  it('a full name read whole keeps that name (its short name beside it), never the short name alone', () => {
    expect(speakerOf([
      'Tập đoàn Điện lực Miền Trung (EVC) cho biết đã đóng điện đường dây mới vào tuần trước.',
    ], 'đóng điện đường dây mới')).toBe('Tập đoàn Điện lực Miền Trung (EVC)');
  });

  it('a person and a place in brackets is no body', () => {
    expect(speakerOf([
      'Anh Đỗ Văn Khải (Sơn La) cho biết nước lũ rút rất chậm trong đêm qua.',
    ], 'nước lũ rút rất chậm')).toBe('Đỗ Văn Khải');
  });
});
