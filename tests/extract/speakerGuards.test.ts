import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-12');

describe('a greeting before a name is not part of it', () => {
  it('"Chào X, …?" in an interview never makes "Chào X" the speaker', () => {
    const ex = one(
      'Chào Lương Bích Hạnh, chị chuẩn bị thế nào cho chuyến lưu diễn sắp tới?',
      'Lương Bích Hạnh cho biết cô đã tập luyện suốt ba tháng để chuẩn bị cho chuyến đi.',
    );
    expect(quoteWith(ex, 'tập luyện suốt ba tháng')?.speaker).toBe('Lương Bích Hạnh');
  });

  it('"Thưa X, …" neither', () => {
    const ex = one(
      'Thưa Đoàn Minh Khuê, điều gì khiến anh quay lại sân khấu?',
      'Đoàn Minh Khuê cho hay anh nhớ khán giả sau hai năm vắng bóng.',
    );
    expect(quoteWith(ex, 'nhớ khán giả')?.speaker).toBe('Đoàn Minh Khuê');
  });
});
