import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const ENGLISH = [
  'The city recorded 2.1 million visitors in the first quarter, according to a report released by the Department of Tourism on Friday.',
  '"We expect the summer to be even busier," Pham Duc Long, director of the department, said at the conference.',
];

describe('a numeric stamp whose day and month can be swapped does not date an English page', () => {
  it('"03/05/2025" on an English page: 3 May or 5 March, so "on Friday" and the undated words get no day', () => {
    const ex = extractArticle(ENGLISH, { published: '2025-05-03T09:15+07:00', publishedRaw: '03/05/2025 09:15 GMT+7' });
    const q = quoteWith(ex, 'even busier');
    expect(q).toBeDefined();
    expect(q?.date ?? null).toBeNull();
  });

  it('"23/05/2025" on an English page can only be 23 May: the page keeps its day', () => {
    const ex = extractArticle(ENGLISH, { published: '2025-05-23T09:15+07:00', publishedRaw: '23/05/2025 09:15 GMT+7' });
    expect(quoteWith(ex, 'even busier')?.date).toBe('2025-05-23');
  });

  it('a Vietnamese page writes the day first: "03/05/2025" is 3 May', () => {
    const ex = extractArticle([
      'Thành phố đón 2,1 triệu lượt khách trong quý I, theo báo cáo của Sở Du lịch.',
      'Ông Phạm Đức Long, Giám đốc Sở, cho biết: “Chúng tôi dự kiến mùa hè sẽ còn đông khách hơn”.',
    ], { published: '2025-05-03T09:15+07:00', publishedRaw: '03/05/2025 09:15 GMT+7' });
    expect(quoteWith(ex, 'còn đông khách hơn')?.date).toBe('2025-05-03');
  });
});
