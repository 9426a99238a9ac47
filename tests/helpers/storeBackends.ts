/**
 * The two store backends for tests that must pass on both. SQLite needs nothing; PostgreSQL needs
 * `TEST_DATABASE_URL` (`.ci/run` starts a throwaway server and sets it). Without it the PostgreSQL half is
 * skipped with the reason printed, unless `REQUIRE_POSTGRES_TESTS` is set (CI), where it fails instead.
 * Each PostgreSQL case works in its own schemas, dropped afterwards, so cases never see each other's rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/pgStore.js';
import { openStore, type Store } from '../../src/store/store.js';

export const TEST_DATABASE_URL: string | null = process.env.TEST_DATABASE_URL?.trim() || null;

/** Why the PostgreSQL half does not run here, or null when it does. */
export const POSTGRES_SKIPPED: string | null = TEST_DATABASE_URL
  ? null
  : 'TEST_DATABASE_URL is not set: no PostgreSQL to test against (.ci/run starts one; see README "Tests")';

if (POSTGRES_SKIPPED && process.env.REQUIRE_POSTGRES_TESTS) {
  throw new Error(`REQUIRE_POSTGRES_TESTS is set but ${POSTGRES_SKIPPED}`);
}

let announced = false;
/** Print the skip reason once per test file, where a developer reading the output sees it. */
export function announcePostgresSkip(what: string): void {
  if (!POSTGRES_SKIPPED || announced) return;
  announced = true;
  process.stderr.write(`[${what}] PostgreSQL half skipped: ${POSTGRES_SKIPPED}\n`);
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** Null when this backend can run here. */
  skipped: string | null;
  /** Open (a new connection to) the database called `name` of the current case; the same name, the same data. */
  open(name?: string): Promise<Store>;
  /** Fresh databases for a case. */
  setup(): Promise<void>;
  /** Close every store opened in the case and delete its databases. */
  teardown(): Promise<void>;
}

function sqliteBackend(): StoreBackend {
  let dir = '';
  let stores: Store[] = [];
  return {
    name: 'sqlite',
    skipped: null,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'trichdan-store-'));
      stores = [];
    },
    async open(name = 'bot') {
      const s = openStore(join(dir, `${name}.db`), { busyTimeoutMs: 200 });
      stores.push(s);
      return s;
    },
    async teardown() {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let schemaSeq = 0;
/** A schema name unique to this process and case. */
export function freshSchema(label = 't'): string {
  return `${label}_${process.pid}_${Date.now().toString(36)}_${++schemaSeq}`;
}

/** Drop schemas made by a test (their tables go with them). */
export async function dropSchemas(url: string, schemas: Iterable<string>): Promise<void> {
  const names = [...schemas];
  if (names.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of names) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await client.end();
  }
}

function postgresBackend(): StoreBackend {
  let prefix = '';
  let stores: Store[] = [];
  const schemas = new Set<string>();
  return {
    name: 'postgres',
    skipped: POSTGRES_SKIPPED,
    async setup() {
      prefix = freshSchema();
      stores = [];
    },
    async open(name = 'bot') {
      const schema = `${prefix}_${name}`;
      schemas.add(schema);
      const s = await openPostgresStore(TEST_DATABASE_URL!, { schema });
      stores.push(s);
      return s;
    },
    async teardown() {
      for (const s of stores) await s.close();
      await dropSchemas(TEST_DATABASE_URL!, schemas);
      schemas.clear();
    },
  };
}

/** Both backends, SQLite first. */
export function storeBackends(): StoreBackend[] {
  return [sqliteBackend(), postgresBackend()];
}
