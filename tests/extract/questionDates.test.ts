import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('a date in a reporter’s question dates no answer', () => {
  // A briefing transcript: "Q: …" the reporter's question, "A: …" the spokesperson's answer, given at the briefing.
  const ex = extractArticle([
    'Remarks by the ministry spokesperson Tran Minh Chau at the 5th regular press briefing',
    'Q: Local media reported that a foreign journalist had his camera seized at the Lao Cai border gate May 3rd. Please confirm and explain why that happened?',
    'A: We will pass your question to the border guards. Our first information is that the journalist filmed inside a restricted military area.',
    'Q: The Supreme Court of the neighbouring country on May 6th issued a rule to fine foreign fishing boats. How do you comment on this?',
    'A: We are studying the rule closely. Fishermen must be treated in line with international law and with humanity.',
  ]);

  it('the answer after a question naming the day a court acted is not put on that day', () => {
    const q = quoteWith(ex, 'We are studying the rule closely');
    expect(q).toBeDefined();
    expect(q?.date ?? null).toBeNull();
  });

  it('what the question tells is still an event of its day', () => {
    expect(ex.events.some((e) => e.date === '--05-06' && e.text.includes('Supreme Court'))).toBe(true);
  });
});
