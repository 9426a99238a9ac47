import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-03-14');

describe('an English spokesperson named after the body whose spokesperson they are', () => {
  it('"<Body> spokesperson <Name> said …": the person speaks, not the body', () => {
    const ex = one(
      'Transport Ministry spokesperson Dao Minh Chau said the new bridge would open to traffic before the rainy season.',
      'Customs Department Spokeswoman Vi Thi Lan told reporters that seizures of smuggled sugar had doubled this year.',
      'The rail project was delayed by late land clearance, said Hanoi People’s Committee spokesman Kieu Van Tam.',
    );
    expect(quoteWith(ex, 'the new bridge would open')?.speaker).toBe('Dao Minh Chau');
    expect(quoteWith(ex, 'seizures of smuggled sugar')?.speaker).toBe('Vi Thi Lan');
    expect(quoteWith(ex, 'delayed by late land clearance')?.speaker).toBe('Kieu Van Tam');
  });

  it('a quotation closed by "<Body> spokesperson <Name> said" is the person’s', () => {
    const ex = one('“The ferry will run twice a day until the new bridge is finished,” Transport Ministry spokesperson Dao Minh Chau said.');
    expect(quoteWith(ex, 'The ferry will run twice a day')?.speaker).toBe('Dao Minh Chau');
  });
});

describe('an unnamed spokesperson or official described with their body ("A Labour Ministry official said")', () => {
  it('is no one to name: the body with the article is not shown as the speaker', () => {
    const ex = one(
      '“The increase reflects higher living costs in industrial zones,” Deputy Labour Minister Ha Quoc Lam told reporters.',
      'A Labour Ministry official said the ministry expected most employers to comply. An Interior Ministry spokeswoman declined to comment on union elections.',
    );
    expect(quoteWith(ex, 'higher living costs')?.speaker).toBe('Ha Quoc Lam');
    const q = quoteWith(ex, 'expected most employers to comply');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
    expect(ex.quotes.some((x) => /declined to comment/u.test(x.text) && x.speaker)).toBe(false);
  });
});

describe('a Vietnamese name written without its marks in English copy is a person', () => {
  it('"…," said Hoa\'s lawyer Ngo Van Tri — the lawyer speaks', () => {
    const ex = one(
      'On Friday, a court in the central province convicted land activist Tran Thi Hoa of "spreading false news to cause public disorder," said Hoa\'s lawyer Ngo Van Tri.',
      '"My clients only asked for a fair price for their land," he said.',
    );
    expect(quoteWith(ex, 'spreading false news')?.speaker).toBe('Ngo Van Tri');
  });

  it('a place or an outlet spelt like a family name stays no one ("Ho Chi Minh City", "Le Monde")', () => {
    const ex = one(
      'Traffic jams worsened after the rains, Ho Chi Minh City said on Monday.',
      'The tax would hurt small shops, Le Monde Diplomatique wrote in an editorial.',
    );
    expect(quoteWith(ex, 'Traffic jams worsened')?.speaker ?? null).toBeNull();
    expect(quoteWith(ex, 'hurt small shops')?.speaker ?? null).toBeNull();
  });
});
