import { findDateMentions } from './src/core/dates.js';
for (const s of process.argv.slice(3)) console.log(JSON.stringify(findDateMentions(s, process.argv[2] === 'null' ? null : process.argv[2])));
