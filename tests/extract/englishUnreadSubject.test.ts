import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-11-20');

describe('an English quotation closed by a subject the rules cannot read is not the previous speaker’s', () => {
  it('"“…,” <long title of a body> <Name> said." after someone else\'s quotation: kept with no speaker', () => {
    const ex = one(
      '“The port has enough berths for the season and more cranes are coming,” said Le Van Hai, a dock worker.',
      '“We have prepared contingency plans to keep cargo moving through the winter,” General Director of Vietnam National Administration of Maritime Tran Minh Quang said.',
    );
    expect(quoteWith(ex, 'enough berths for the season')?.speaker).toBe('Le Van Hai');
    const q = quoteWith(ex, 'contingency plans to keep cargo moving');
    expect(q).toBeDefined();
    expect(q?.speaker).not.toBe('Le Van Hai');
  });

  it('a quotation closed by a pronoun still continues its speaker', () => {
    const ex = one(
      '“Trains will run every ten minutes at rush hour,” Le Van Hai said.',
      '“Buses will run every five minutes at rush hour,” he added.',
    );
    expect(quoteWith(ex, 'Buses will run every five minutes')?.speaker).toBe('Le Van Hai');
  });
});
