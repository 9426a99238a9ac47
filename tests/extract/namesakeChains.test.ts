import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-11-20');

describe('a chain of titles after a named person, one ending on a body named after a person', () => {
  it('the person named at the head of the chain speaks, not the body\'s namesake', () => {
    const ex = one(
      'Phát biểu bế mạc, PGS.TS Thái Hữu Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Học viện Sư phạm Võ Trường Toản, ' +
        'Chủ tịch Hội đồng Khoa học tỉnh, cho rằng giáo viên cần được bồi dưỡng kỹ năng số hằng năm.',
    );
    expect(quoteWith(ex, 'bồi dưỡng kỹ năng số')?.speaker).toBe('Thái Hữu Nghĩa');
  });

  it('with no one named before the chain, the name ending a title is its holder', () => {
    const ex = one('Giám đốc Học viện Nông nghiệp miền Tây Quách Minh Tâm, Chủ tịch Hội Làm vườn tỉnh, cho biết học viện sẽ mở thêm hai ngành.');
    expect(quoteWith(ex, 'mở thêm hai ngành')?.speaker).toBe('Quách Minh Tâm');
  });
});
