import { describe, expect, it } from 'vitest';
import type { LoadedCorpus } from '../../src/core/types.js';
import { formatCheckReport } from '../../src/corpus/check.js';
import { parseArticle } from '../../src/corpus/parse.js';

const dated = parseArticle('tin-1.txt', 'Hà Nội thử nghiệm làn xe buýt nhanh\n\n05/03/2023 14:07 GMT+7\n\nSở Giao thông bắt đầu thử nghiệm làn đường riêng trên ba tuyến phố.\n\nMai Anh');
const undated = parseArticle('tin-2.txt', 'Người dân phản ứng trái chiều với quy định mới về đỗ xe.');
const corpus: LoadedCorpus = {
  dir: '/data/corpus',
  documents: [dated, undated],
  skipped: [{ file: 'anh.txt', reason: 'binary file, not text (NUL byte at offset 4)' }],
};

describe('formatCheckReport', () => {
  const report = formatCheckReport(corpus, new Map([['tin-1.txt', { quotes: 2, events: 1 }]]));

  it('shows per file what was found, with how the date was found', () => {
    expect(report).toContain('tin-1.txt');
    expect(report).toMatch(/title\s+Hà Nội thử nghiệm làn xe buýt nhanh/);
    expect(report).toMatch(/author\s+Mai Anh/);
    expect(report).toMatch(/published\s+2023-03-05T14:07\+07:00 \(byline "05\/03\/2023 14:07 GMT\+7"\)/);
    expect(report).toMatch(/1 paragraph, 2 quotes, 1 event/);
  });

  it('lists warnings under the file they belong to', () => {
    const block = report.slice(report.indexOf('tin-2.txt'), report.indexOf('Skipped'));
    expect(block).toContain('! no title found');
    expect(block).toContain('! no publication date found');
  });

  it('lists skipped files with reasons, then a summary', () => {
    expect(report).toMatch(/Skipped \(1\):\n {2}anh\.txt\n {4}binary file/);
    expect(report.trim().split('\n').at(-1)).toBe('2 articles loaded, 1 skipped; 1 dated, 1 with warnings; 2 quotes, 1 event');
  });

  it('keeps lines short enough for a terminal (URLs aside)', () => {
    const long = parseArticle('x.txt', `${'Một tiêu đề rất dài '.repeat(8)}\n\nĐây là câu đầu tiên của bài viết khá dài.`);
    const text = formatCheckReport({ dir: '/d', documents: [long], skipped: [] });
    for (const line of text.split('\n').slice(1)) expect(line.length).toBeLessThanOrEqual(80);
  });
});
