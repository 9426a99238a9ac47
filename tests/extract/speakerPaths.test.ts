import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/document.js';
import { speakerPathOf } from '../../src/extract/speakerPaths.js';
import { makeDoc } from '../helpers/articles.js';

/** The speaker and the rule that named them, for each statement of the article, found by its opening words. */
function pathsOf(...paragraphs: string[]): { get: (opening: string) => { speaker: string | null; path: string | undefined } | undefined } {
  const quotes = readArticle(makeDoc(paragraphs)).quotes;
  return {
    get: (opening) => {
      const q = quotes.find((x) => x.text.startsWith(opening));
      return q && { speaker: q.speaker?.name ?? null, path: speakerPathOf(q) };
    },
  };
}

describe('which rule named the speaker (a measuring aid, never shown)', () => {
  it('tells a name before the verb, a pronoun meaning the speaker of the paragraph before, a quotation that goes on', () => {
    const paths = pathsOf(
      'Ông Đỗ Văn Tường, giám đốc hợp tác xã Bến Mây, cho biết năm nay giá lúa tăng gần gấp đôi so với năm ngoái.',
      '“Bà con rất phấn khởi vì vụ mùa bội thu”, ông nói.',
      '“Sang năm hợp tác xã sẽ mở thêm một kho lạnh để giữ giá cho bà con.”',
    );
    expect(paths.get('năm nay giá lúa tăng')).toEqual({ speaker: 'Đỗ Văn Tường', path: 'indirect-verb/person' });
    expect(paths.get('Bà con rất phấn khởi')).toEqual({ speaker: 'Đỗ Văn Tường', path: 'postposed/pronoun:lastSpeaker@before' });
    expect(paths.get('Sang năm hợp tác')).toEqual({ speaker: 'Đỗ Văn Tường', path: 'continued:opens:prevPara' });
  });

  it('leaves the extraction itself unchanged: no statement carries the rule as a field', () => {
    const [q] = readArticle(makeDoc(['Bà Lưu Thị Sen cho biết trạm y tế xã sẽ mở cửa cả ngày chủ nhật từ tháng sau.'])).quotes;
    expect(q?.speaker?.name).toBe('Lưu Thị Sen');
    expect(Object.keys(q ?? {})).not.toContain('path');
  });
});
