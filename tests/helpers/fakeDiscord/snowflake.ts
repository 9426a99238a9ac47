/** Discord's epoch (2015-01-01T00:00:00Z), the zero point of every snowflake. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * Makes a snowflake whose timestamp part is now, so `createdTimestamp` on discord.js structures is
 * believable and ids sort in creation order like real ones.
 */
export function nextSnowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}
