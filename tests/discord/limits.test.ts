import { describe, expect, it } from 'vitest';
import { LIMITS, fit, fitChoices, fitEmbed, fitEmbeds, truncate } from '../../src/discord/limits.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');

describe('truncate', () => {
  it.each([
    { label: 'short text unchanged', text: 'Ông ấy nói vậy.', max: 100, expected: 'Ông ấy nói vậy.' },
    { label: 'exact length unchanged', text: 'abcde', max: 5, expected: 'abcde' },
    { label: 'cuts at a word boundary', text: 'một hai ba bốn năm sáu', max: 12, expected: 'một hai ba…' },
    { label: 'drops trailing punctuation before the ellipsis', text: 'Hà Nội, Sài Gòn và Huế', max: 10, expected: 'Hà Nội…' },
    { label: 'one long word is cut mid-word', text: 'https://example.com/very/long/path', max: 12, expected: 'https://exa…' },
    { label: 'max 1 gives an ellipsis', text: 'hello', max: 1, expected: '…' },
    { label: 'max 0 gives empty', text: 'hello', max: 0, expected: '' },
  ])('$label', ({ text, max, expected }) => {
    const out = truncate(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('never leaves half a surrogate pair', () => {
    const out = truncate('ab😀cd', 4);
    expect(out).toBe('ab…');
  });
});

describe('fit: every named limit', () => {
  it.each(Object.entries(LIMITS))('%s = %i is respected and the cut ends with an ellipsis', (name, max) => {
    const long = words(2000);
    const out = fit(long, name as keyof typeof LIMITS);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out.endsWith('…')).toBe(true);
    // word boundary: the kept text is a prefix made of whole words
    expect(long.startsWith(out.slice(0, -1) + ' ')).toBe(true);
  });
});

describe('fitEmbed', () => {
  it('applies title, description, field and field-count limits', () => {
    const e = fitEmbed({
      title: words(100),
      description: words(1500),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: words(400) })),
    });
    expect(e.title!.length).toBeLessThanOrEqual(256);
    expect(e.fields!.length).toBeGreaterThan(0);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    const total = e.title!.length + e.description!.length + e.fields!.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
  });

  it('keeps at most 25 fields', () => {
    const e = fitEmbed({ fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'ngắn' })) });
    expect(e.fields).toHaveLength(25);
    expect(e.fields![24]!.name).toBe('f24');
  });

  it('shares the 6 000 total across the embeds of one message', () => {
    const embeds = fitEmbeds([{ description: words(1500) }, { description: words(1500) }]);
    const total = embeds.reduce((n, e) => n + (e.description?.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(6000);
  });
});

describe('fitChoices', () => {
  it('keeps at most 25 choices, cuts long names and drops values that cannot fit', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `${words(60)} ${i}`, value: `v${i}` }));
    many.unshift({ name: 'too long value', value: 'x'.repeat(101) });
    const out = fitChoices(many);
    expect(out).toHaveLength(25);
    expect(out[0]!.value).toBe('v0');
    for (const c of out) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});
