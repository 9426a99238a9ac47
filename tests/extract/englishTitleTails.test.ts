import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-04-16');

describe('English copy: "Minister for X and the Y, NAME," names NAME, never "Y"', () => {
  const ex = one(
    'Minister for Fisheries and the Environment, Tomas Kellen, said the coastal permits would be reviewed by June.',
    '“We will not rush this decision,” the Minister for Fisheries and the Environment told reporters.',
  );

  it('the name after the comma is the speaker', () => {
    expect(quoteWith(ex, 'coastal permits would be reviewed')?.speaker).toBe('Tomas Kellen');
  });

  it('the field after "and the" is no person', () => {
    expect(ex.quotes.some((q) => /Environment/u.test(q.speaker ?? ''))).toBe(false);
    expect(quoteWith(ex, 'not rush this decision')?.speaker).not.toBe('Environment');
  });
});

describe('English copy: "Minister for X and Development, NAME," names NAME; "and" before a name is no field', () => {
  const ex = one(
    'Deputy Minister for Coastal Planning and Development, Sena Owusu-Tetteh, said the new districts would get offices this year.',
    'Critics say the plan is rushed, the Deputy Minister for Coastal Planning and Development said.',
  );

  it('the name after the comma is the speaker, and no "Development" is anyone', () => {
    expect(quoteWith(ex, 'new districts would get offices')?.speaker).toBe('Sena Owusu-Tetteh');
    expect(ex.quotes.some((q) => /Development/u.test(q.speaker ?? ''))).toBe(false);
  });
});

describe('English copy: what a title is said "on", and a "-based" outlet, name no one', () => {
  const ex = one(
    'The Coastal Regional Minister, Ebo Mantey, defended the seizure of the dredgers on Friday.',
    'The Minister on Harbourtown-based Lumen FM’s morning show claimed he never received a formal letter from the ministry.',
    '“Nobody wrote to me about the permits,” the Regional Minister said.',
  );

  it('the minister is the one the page named, not the outlet', () => {
    expect(quoteWith(ex, 'never received a formal letter')?.speaker).toBe('Ebo Mantey');
    expect(ex.quotes.some((q) => /Lumen|Harbourtown/u.test(q.speaker ?? ''))).toBe(false);
  });
});

describe('English copy: "-born" describes the person and is no part of the name', () => {
  const ex = one('Westbury-born Mara Lind said the gallery would reopen after the floods.');

  it('the name is the words after the adjective', () => {
    expect(quoteWith(ex, 'gallery would reopen')?.speaker).toBe('Mara Lind');
  });
});
