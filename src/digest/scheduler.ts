/**
 * Posts each server's daily digest once per local day, at its local time, exactly once across crashes.
 *
 * Exactly-once rests on the store's delivery ledger plus Discord's nonce: a day is claimed in the store
 * BEFORE sending and marked sent AFTER. A process that dies in between leaves a `claimed` row; once its lease
 * expires the day is re-claimed and re-sent with the SAME nonce, and Discord (`enforce_nonce`) returns the
 * message it already created instead of posting a second one.
 */
import { createHash } from 'node:crypto';
import { Cron } from 'croner';
import { PublishError, type Clock, type DigestSettings, type OutgoingMessage, type Publisher } from '../core/services.js';
import type { Delivery, Store, StoredDigestSettings } from '../store/store.js';
import { addLocalDays, isValidTimeZone, localDateTime, parseHhmm, zonedInstant } from './zonedTime.js';

/** The part of a pino logger the scheduler uses: data object first, message second. */
export interface DigestLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: object): DigestLogger;
}

export type SchedulerStore = Pick<Store, 'listEnabledSettings' | 'getDelivery' | 'claimDelivery' | 'markSent'
  | 'markSkipped' | 'markFailed' | 'recordFailure' | 'disableDigest'>;

export interface DigestSchedulerDeps {
  store: SchedulerStore;
  clock: Clock;
  publisher: Publisher;
  /** The message for a server's day, or null to skip the day (nothing to say and `emptyDay: 'skip'`). */
  compose: (settings: DigestSettings, localDate: string) => OutgoingMessage | null | Promise<OutgoingMessage | null>;
  logger: DigestLogger;
  /** Consecutive channel-missing/forbidden failures before the digest is disabled. Default 5. */
  maxFailures?: number;
  /** First retry delay after a failure; doubles each time. Default 5 minutes. */
  retryBaseMs?: number;
  /** Longest retry delay. Default 1 hour. */
  retryMaxMs?: number;
  /** How long a claim protects a send in progress; passed to the store. */
  leaseMs?: number;
  /** A send not settled after this long is treated as a transient failure and retried. Default 60 s. */
  sendTimeoutMs?: number;
}

export interface DigestScheduler {
  /** Send every digest that is due now. Never rejects: one server's failure is logged, the others go on. */
  tick(): Promise<void>;
  /** Tick now (catch up after downtime) and then at the start of every minute. */
  start(): void;
  stop(): void;
  /** When this server's next digest will go out (for `/digest status`), or null when disabled or misconfigured. */
  nextRun(settings: DigestSettings): Promise<Date | null>;
}

export const DEFAULT_MAX_FAILURES = 5;
const DEFAULT_RETRY_BASE_MS = 5 * 60_000;
const DEFAULT_RETRY_MAX_MS = 60 * 60_000;
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
// A transient failure may have happened after Discord created the message; the first retries must come
// within Discord's nonce window ("the past few minutes") so the resend is deduplicated, not posted twice.
const TRANSIENT_RETRY_BASE_MS = 60_000;
const DEFAULT_SEND_TIMEOUT_MS = 60_000;

/** `promise`, or a transient PublishError after `ms`: a stuck request must not block a server's day. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PublishError('transient', `no answer from Discord after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The message nonce of a server's digest for a local day: deterministic, so every retry of that day carries
 * the same one. 25 characters, Discord's nonce limit.
 */
export function digestNonce(guildId: string, localDate: string): string {
  return 'dg' + createHash('sha256').update(`${guildId}\u0000${localDate}`).digest('hex').slice(0, 23);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Whether a server configured at `configuredAt` should still get today's digest: a server set up (or moved
 * to an earlier time) after today's time had passed waits for tomorrow instead of getting a late "back-fill".
 */
function eligibleToday(s: DigestSettings, localDate: string, target: number, now: Date): boolean {
  const configuredAt = (s as Partial<StoredDigestSettings>).configuredAt;
  if (!configuredAt) return true;
  // Set up while the clock ran ahead (then corrected): the recorded time is in the future and would hold back the
  // days until it; the setup happened no later than now.
  const cfg = localDateTime(new Date(Math.min(Date.parse(configuredAt), now.getTime())), s.timezone);
  return cfg.date < localDate || (cfg.date === localDate && cfg.minutes <= target);
}

/** Build the digest scheduler. Nothing runs until `start()` (or a test calls `tick()`). */
export function createDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const { store, clock, publisher, compose } = deps;
  const log = deps.logger.child({ module: 'digest-scheduler' });
  const maxFailures = deps.maxFailures ?? DEFAULT_MAX_FAILURES;
  const retryBase = deps.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const retryMax = deps.retryMaxMs ?? DEFAULT_RETRY_MAX_MS;
  const backoff = (n: number) => Math.min(retryBase * 2 ** Math.max(0, n - 1), retryMax);
  // Sends this process has started and not finished: a later tick must not start a second one meanwhile.
  const inFlight = new Set<string>();
  // Sends Discord accepted whose `markSent` failed, by the same key: recorded at the next ticks.
  const unrecorded = new Map<string, { guildId: string; localDate: string; messageId: string; at: Date }>();
  // Servers whose stored time or zone is unusable, reported once per process rather than every minute.
  const reportedInvalid = new Set<string>();
  const sendTimeoutMs = deps.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  let cron: Cron | null = null;
  // The latest local day posted (or skipped) per server by this process; the store's lastSentDate carries it across
  // restarts. A clock stepped back (NTP correction, VM restore) must never post a day older than that.
  const latestDone = new Map<string, string>();
  const latestDay = (s: DigestSettings): string | null => {
    const a = s.lastSentDate;
    const b = latestDone.get(s.guildId) ?? null;
    return a && b ? (a > b ? a : b) : a ?? b;
  };
  const done = (guildId: string, localDate: string): void => {
    const prev = latestDone.get(guildId);
    if (!prev || localDate > prev) latestDone.set(guildId, localDate);
  };

  /** Today's local date if the server's digest should be attempted now, else null. */
  async function dueDate(s: DigestSettings, now: Date): Promise<string | null> {
    const target = parseHhmm(s.time);
    if (target === null || !isValidTimeZone(s.timezone)) {
      if (!reportedInvalid.has(s.guildId)) {
        reportedInvalid.add(s.guildId);
        log.error({ guildId: s.guildId, time: s.time, timezone: s.timezone }, 'digest settings unusable; server skipped');
      }
      return null;
    }
    const local = localDateTime(now, s.timezone);
    // Comparing wall-clock minutes handles DST: a time skipped by a spring-forward fires at the first minute
    // after the gap, and a repeated hour fires once because the ledger holds one row per local date.
    if (local.minutes < target) return null;
    const latest = latestDay(s);
    if (latest !== null && local.date < latest) return null;
    const delivery = await store.getDelivery(s.guildId, local.date);
    if (!delivery) return eligibleToday(s, local.date, target, now) ? local.date : null;
    if (delivery.state === 'sent' || delivery.state === 'skipped') return null;
    if (delivery.state === 'failed' && delivery.retryAt !== null && Date.parse(delivery.retryAt) > now.getTime()) return null;
    return local.date;
  }

  async function handleFailure(s: DigestSettings, localDate: string, err: unknown, attempts: number): Promise<void> {
    const now = clock.now();
    const glog = log.child({ guildId: s.guildId, localDate });
    const kind = err instanceof PublishError ? err.kind : null;
    const message = errorText(err);
    if (kind === 'rate-limited') {
      const wait = (err as PublishError).retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
      await store.markFailed(s.guildId, localDate, `rate-limited: ${message}`, now, new Date(now.getTime() + wait));
      glog.warn({ retryAfterMs: wait }, 'digest rate-limited; will retry');
      return;
    }
    if (kind === 'channel-missing' || kind === 'forbidden') {
      const failures = await store.recordFailure(s.guildId, `${kind}: ${message}`, now);
      if (failures >= maxFailures) {
        await store.markFailed(s.guildId, localDate, `${kind}: ${message}`, now, null);
        await store.disableDigest(s.guildId);
        glog.warn({ failures, kind, err }, 'digest disabled after repeated failures');
        return;
      }
      const retryAt = new Date(now.getTime() + backoff(failures));
      await store.markFailed(s.guildId, localDate, `${kind}: ${message}`, now, retryAt);
      glog.warn({ failures, kind, retryAt: retryAt.toISOString(), err }, 'digest failed; will retry');
      return;
    }
    // Transient or unexpected: the server did nothing wrong, so it does not count towards disabling.
    const wait = Math.min(TRANSIENT_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), retryMax);
    const retryAt = new Date(now.getTime() + wait);
    await store.markFailed(s.guildId, localDate, message, now, retryAt);
    const data = { retryAt: retryAt.toISOString(), err };
    if (kind === 'transient') glog.warn(data, 'digest send failed (transient); will retry');
    else glog.error(data, 'digest send failed unexpectedly; will retry');
  }

  /**
   * Record sends whose `markSent` failed (the database was unreachable after Discord had created the message).
   * Until recorded, the day stays in `inFlight`, so this process never sends it again; the claim's lease covers the
   * other processes for as long as Discord would deduplicate the nonce anyway.
   */
  async function flushUnrecorded(): Promise<void> {
    for (const [key, sent] of unrecorded) {
      try {
        await store.markSent(sent.guildId, sent.localDate, sent.messageId, sent.at);
        unrecorded.delete(key);
        inFlight.delete(key);
        log.info({ guildId: sent.guildId, localDate: sent.localDate, messageId: sent.messageId }, 'digest sent earlier now recorded');
      } catch (err) {
        log.warn({ guildId: sent.guildId, localDate: sent.localDate, err }, 'digest sent but still not recorded; will retry');
      }
    }
  }

  async function runGuild(s: DigestSettings, now: Date): Promise<void> {
    const localDate = await dueDate(s, now);
    if (localDate === null) return;
    const key = `${s.guildId}\u0000${localDate}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    let delivery: Delivery | null = null;
    let sentId: string | null = null;
    try {
      const claim = await store.claimDelivery(s.guildId, localDate, digestNonce(s.guildId, localDate), now, deps.leaseMs);
      if (claim !== 'claimed') return;
      delivery = await store.getDelivery(s.guildId, localDate);
      // A re-claimed day keeps the nonce of its first attempt, whatever this version of the code would compute.
      const nonce = delivery?.nonce ?? digestNonce(s.guildId, localDate);
      const message = await compose(s, localDate);
      if (message === null) {
        await store.markSkipped(s.guildId, localDate, clock.now());
        done(s.guildId, localDate);
        log.info({ guildId: s.guildId, localDate }, 'digest skipped: nothing to post');
        return;
      }
      const { messageId } = await withTimeout(publisher.send(s.channelId, { ...message, nonce }), sendTimeoutMs);
      sentId = messageId;
      done(s.guildId, localDate);
      await store.markSent(s.guildId, localDate, messageId, clock.now());
      log.info({ guildId: s.guildId, localDate, messageId }, 'digest sent');
    } catch (err) {
      if (sentId !== null) {
        // Posted, but the ledger did not take it: keep the day in flight here and record it when the store is back.
        unrecorded.set(key, { guildId: s.guildId, localDate, messageId: sentId, at: clock.now() });
        log.error({ guildId: s.guildId, localDate, messageId: sentId, err }, 'digest sent but not recorded; will record it when the store answers');
        return;
      }
      if (delivery === null) {
        // Not claimed (the store failed first): nothing was sent; the next tick tries again.
        log.error({ guildId: s.guildId, localDate, err }, 'digest not attempted: the store failed; will retry');
        return;
      }
      try {
        await handleFailure(s, localDate, err, delivery.attempts);
      } catch (storeErr) {
        // The claim's lease ends and a later tick re-claims the day, with the same nonce.
        log.error({ guildId: s.guildId, localDate, err: storeErr, sendError: errorText(err) }, 'digest failure not recorded: the store failed; will retry after the lease');
      }
    } finally {
      if (!unrecorded.has(key)) inFlight.delete(key);
    }
  }

  async function tick(): Promise<void> {
    let all: DigestSettings[];
    const now = clock.now();
    await flushUnrecorded();
    try {
      all = await store.listEnabledSettings();
    } catch (err) {
      log.error({ err }, 'cannot list digest settings; will retry next minute');
      return;
    }
    await Promise.all(all.map(async (s) => {
      try {
        await runGuild(s, now);
      } catch (err) {
        log.error({ guildId: s.guildId, err }, 'digest tick failed for a server');
      }
    }));
  }

  async function nextRun(s: DigestSettings): Promise<Date | null> {
    const target = parseHhmm(s.time);
    if (!s.enabled || target === null || !isValidTimeZone(s.timezone)) return null;
    const now = clock.now();
    const local = localDateTime(now, s.timezone);
    const tomorrow = () => zonedInstant(addLocalDays(local.date, 1), target, s.timezone);
    const latest = latestDay(s);
    // The clock was stepped back behind a day already posted: the next digest is the day after that one.
    if (latest !== null && local.date < latest) return zonedInstant(addLocalDays(latest, 1), target, s.timezone);
    const delivery = await store.getDelivery(s.guildId, local.date);
    if (delivery?.state === 'sent' || delivery?.state === 'skipped') return tomorrow();
    if (delivery?.state === 'failed' && delivery.retryAt !== null) return new Date(Math.max(Date.parse(delivery.retryAt), now.getTime()));
    if (!delivery && !eligibleToday(s, local.date, target, now)) return tomorrow();
    return local.minutes >= target ? now : zonedInstant(local.date, target, s.timezone);
  }

  return {
    tick,
    nextRun,
    start() {
      if (cron) return;
      void tick();
      // protect: a minute whose tick is still running is skipped rather than overlapped.
      cron = new Cron('* * * * *', { protect: true }, () => tick());
    },
    stop() {
      cron?.stop();
      cron = null;
    },
  };
}
