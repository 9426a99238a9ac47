/** What bench.ts and benchLatency.ts share: the question set, percentiles and the synthetic corpus written as files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { synthCorpus } from './synthCorpus.js';

// General news questions (no answer tuned in): topics, intents, no diacritics, English, dates, off-topic.
export const QUESTIONS = [
  'đàm phán', 'lệnh trừng phạt', 'điện đàm giữa hai tổng thống', 'hội nghị thượng đỉnh diễn ra khi nào',
  'ai nói sẵn sàng bình thường hóa quan hệ', 'dam phan hoa binh', 'what did the spokesman say about sanctions',
  'gia nhập NATO', 'mở rộng về phía đông', 'lệnh cấm đi lại đối với quan chức', 'dự thảo hiệp ước an ninh',
  'sự kiện tháng 1/2022', 'chiến dịch quân sự bắt đầu khi nào', 'vũ khí tấn công', 'giá vàng hôm nay',
  'kết quả bóng đá', 'người phát ngôn nói gì về đối thoại', 'quan hệ song phương', 'thỏa thuận ngừng bắn',
  'when was the phone call', 'căng thẳng leo thang ở biên giới', 'nhậm chức tổng thống', 'xung đột vũ trang',
  'liên lạc giữa hai nước', 'hãng tin trả lời phỏng vấn',
];

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/** Write the synthetic corpus of `size` articles as files (title, date, paragraphs), as a scraper would leave them. */
export async function writeCorpus(size: number, dir: string): Promise<void> {
  const seeds = await loadCorpus(resolve(fileURLToPath(import.meta.url), '../../seeds'));
  mkdirSync(dir, { recursive: true });
  for (const d of synthCorpus(seeds.documents, size, 42)) {
    writeFileSync(join(dir, d.file), `${d.title ?? ''}\n\n${d.published}\n\n${d.paragraphs.join('\n\n')}\n`);
  }
}

/**
 * Per-question latencies (ms) of `ask` over the questions: one warm-up pass (lazy indexes, JIT), then `rounds`.
 * `cpu`, when given, receives the CPU time (user + system, ms) of each: on a shared machine it moves less with the load.
 */
export function askTimes(ask: (q: string) => unknown, questions: string[], rounds = 3, cpu?: number[]): number[] {
  for (const q of questions) ask(q);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const c = process.cpuUsage();
      const s = performance.now();
      ask(q);
      times.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu?.push((used.user + used.system) / 1000);
    }
  }
  return times;
}
