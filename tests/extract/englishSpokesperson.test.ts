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
