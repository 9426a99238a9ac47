import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented: English copy of the Vietnamese press, which writes Vietnamese names and places with their marks, and a
// Vietnamese article on another incident at sea.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'HÀ NỘI — Việt Nam strongly opposes the use of force against its fishermen, Foreign Ministry Spokesperson Đỗ Minh Khang said on Thursday.',
    'Asked about a fishing vessel from Quảng Bình that sank after a collision near Hoàng Sa (Paracel) last week, Khang said: "Competent agencies are verifying the incident and will protect the legitimate rights of our fishermen."',
  ], { file: 'mofa-en.txt', title: 'Spokesperson: Việt Nam opposes use of force against fishermen', published: '2025-05-09' }),
  makeDoc([
    'Chiều 8/5, một tàu du lịch chở 20 khách bị chết máy trên vịnh, lực lượng cứu hộ đã kéo tàu vào bờ an toàn.',
    'Ông Trịnh Văn Lực, Giám đốc Ban quản lý vịnh, cho biết sẽ kiểm tra điều kiện an toàn của các tàu du lịch.',
  ], { file: 'vinh.txt', title: 'Tàu du lịch chết máy trên vịnh', published: '2025-05-09' }),
]));

describe('a Vietnamese question about English copy that writes Vietnamese names with their marks', () => {
  it('finds the spokesperson\'s words on the fishing vessel that sank near Hoàng Sa', () => {
    const [first] = index.ask('Người phát ngôn Đỗ Minh Khang nói gì về vụ tàu cá bị chìm ở Hoàng Sa?');
    expect(first?.speaker).toBe('Đỗ Minh Khang');
    expect(first?.text).toContain('verifying the incident');
  });
  it('and a question on the Vietnamese article is still answered from it', () => {
    const [first] = index.ask('Giám đốc Ban quản lý vịnh nói gì về tàu du lịch?');
    expect(first?.speaker).toBe('Trịnh Văn Lực');
  });
});
