/**
 * Reading the environment, for the entry points only (src/main.ts, src/register.ts, src/sharded.ts):
 * `.env` through dotenv, then the typed config; an invalid setting ends the process with every problem listed.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, parseConfig, type Config } from './config.js';

/** The config from `.env` and the environment, or exit 2 naming every invalid key and what it allows. */
export function readConfigOrExit(): Config {
  loadDotenv({ quiet: true });
  try {
    return parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting and its allowed values.\n`);
      process.exit(2);
    }
    throw err;
  }
}
