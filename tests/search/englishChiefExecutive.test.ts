import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented: an English report of a ferry line's delays that names the company but no executive of it, and a
// Vietnamese report in which another company's chief executive speaks.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Passengers of the budget ferry operator Blue Gull complained of delays of up to six hours on the island route last week.',
    'Some passengers said Blue Gull had not offered compensation to delayed passengers of the crossings.',
  ], { file: 'ferry.txt', title: 'Ferry passengers stranded by delays', published: '2025-08-02' }),
  makeDoc([
    'Tổng giám đốc Công ty Phà Sao Biển Trần Hữu Nghị cho biết công ty sẽ bồi thường cho hành khách bị chậm chuyến.',
  ], { file: 'pha.txt', title: 'Phà Sao Biển bồi thường khách chậm chuyến', published: '2025-08-03' }),
]));

describe('an English question about a company\'s chief executive, whom no article names', () => {
  it('"What did Blue Gull\'s chief executive say" is answered with nothing, not with passengers\' words', () => {
    expect(index.ask("What did Blue Gull's chief executive say about compensating delayed passengers?")).toEqual([]);
    expect(index.ask('What did the Blue Gull CEO say about compensating delayed passengers?')).toEqual([]);
  });
});
