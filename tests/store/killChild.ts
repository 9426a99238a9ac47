/**
 * Child process for the kill -9 test: commits settings in a loop and reports each commit on stdout only after
 * it returned, so every number the parent has read is a committed write. Run: node --import tsx killChild.ts FILE START
 */
import { openStore } from '../../src/store/store.js';

const [file, startArg] = process.argv.slice(2);
const store = openStore(file!);
for (let i = Number(startArg); ; i++) {
  await store.upsertSettings({
    guildId: `guild-${i}`, channelId: `channel-${i}`, time: `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    timezone: 'Asia/Ho_Chi_Minh', language: i % 2 ? 'en' : 'vi', sections: ['quote-of-the-day'], emptyDay: 'note',
    enabled: true, failures: 0, lastError: null, lastRunAt: null, lastSentDate: null,
  });
  // One row rewritten every time: after a kill it must hold the last reported value or the one after it.
  await store.upsertSettings({
    guildId: 'counter', channelId: String(i), time: '08:00', timezone: 'UTC', language: 'vi', sections: [],
    emptyDay: 'skip', enabled: true, failures: 0, lastError: null, lastRunAt: null, lastSentDate: null,
  });
  process.stdout.write(`${i}\n`);
}
