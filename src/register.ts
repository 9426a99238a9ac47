/**
 * `npm run register`: register the slash commands now (guild when DISCORD_GUILD_ID is set, else global),
 * even when the stored hash says nothing changed.
 */
import { REST } from 'discord.js';
import { COMMANDS } from '../commands/index.js';
import { readConfigOrExit } from './env.js';
import { registerCommands } from './discord/register.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  if (!config.discordToken) {
    process.stderr.write('DISCORD_TOKEN is not set: registration needs the bot token (see .env.example).\n');
    process.exit(2);
  }
  const logger = createLogger({ level: config.logLevel, destination: process.stderr, secrets: [config.discordToken] });
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.discordToken);
  const app = (await rest.get('/applications/@me')) as { id: string };
  const result = await registerCommands({
    rest,
    applicationId: app.id,
    guildId: config.guildId,
    dataDir: config.dataDir,
    force: true,
    commands: COMMANDS,
    logger,
  });
  process.stdout.write(`Registered ${result.count} commands (${result.scope}).\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
