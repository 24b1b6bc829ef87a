/**
 * API keys: each bound to a tenant and scopes. A key is `lt_<id>_<secret>`: the id is public (lists,
 * audit lines), the secret 32 random bytes. Only the sha256 of the whole key is stored: the key has
 * 256 bits of entropy, so its hash cannot be inverted or searched, and a fast hash keeps checking a
 * key to a few microseconds per request (a slow password hash such as scrypt protects low-entropy
 * secrets people choose; here it would only cost latency). The key is shown once, when created.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './db.ts';

export const SCOPES = ['read', 'run', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** What each scope allows: read GETs; run also POSTs work and cancels jobs; admin also deletes runs. */
const IMPLIED: Readonly<Record<Scope, readonly Scope[]>> = { read: ['read'], run: ['read', 'run'], admin: ['read', 'run', 'admin'] };

/** The scopes a key has, its own and those they imply. */
export const effectiveScopes = (scopes: readonly Scope[]): ReadonlySet<Scope> => new Set(scopes.flatMap((s) => IMPLIED[s]));

export const TENANT_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const KEY_PATTERN = /^lt_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyInfo {
  readonly id: string;
  readonly tenant: string;
  readonly scopes: readonly Scope[];
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

/** Who a valid key belongs to. */
export interface KeyIdentity {
  readonly keyId: string;
  readonly tenant: string;
  readonly scopes: ReadonlySet<Scope>;
}

interface KeyRow {
  id: string;
  tenant: string;
  scopes: string;
  hash: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest();
const parseScopes = (s: string) => s.split(',').filter((x): x is Scope => (SCOPES as readonly string[]).includes(x));
const info = (r: KeyRow): ApiKeyInfo => ({ id: r.id, tenant: r.tenant, scopes: parseScopes(r.scopes), label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at, lastUsedAt: r.last_used_at });

/** How often a key's `last_used_at` is written (a write per request would cost the hot path). */
const TOUCH_INTERVAL_MS = 60_000;

export class ApiKeys {
  private readonly byIdStmt;
  private readonly touchStmt;
  private readonly activeStmt;
  private readonly touched = new Map<string, number>();

  constructor(private readonly db: Db) {
    this.byIdStmt = db.prepare<[string], KeyRow>('SELECT * FROM api_keys WHERE id = ?');
    this.touchStmt = db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?');
    this.activeStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL');
  }

  /** Make a key; the returned `key` is the only time the secret exists outside the client. */
  create(tenant: string, scopes: readonly Scope[], label = ''): { key: string; info: ApiKeyInfo } {
    if (!TENANT_PATTERN.test(tenant)) throw new RangeError(`invalid tenant "${tenant}": lower-case letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit`);
    const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
    if (scopes.length === 0 || unknown.length > 0) throw new RangeError(`scopes must be some of ${SCOPES.join(', ')}${unknown.length > 0 ? ` (not ${unknown.join(', ')})` : ''}`);
    const id = randomBytes(6).toString('hex');
    const key = `lt_${id}_${randomBytes(32).toString('base64url')}`;
    this.db
      .prepare('INSERT INTO api_keys (id, tenant, scopes, hash, label, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, tenant, [...new Set(scopes)].join(','), hashKey(key).toString('hex'), label, new Date().toISOString());
    return { key, info: info(this.byIdStmt.get(id)!) };
  }

  /** The identity of a presented key, or null (unknown, malformed, revoked or wrong secret). */
  verify(key: string): KeyIdentity | null {
    const m = KEY_PATTERN.exec(key);
    if (m === null) return null;
    const row = this.byIdStmt.get(m[1]!);
    if (row === undefined || row.revoked_at !== null) return null;
    if (!timingSafeEqual(hashKey(key), Buffer.from(row.hash, 'hex'))) return null;
    const now = Date.now();
    if (now - (this.touched.get(row.id) ?? 0) >= TOUCH_INTERVAL_MS) {
      this.touched.set(row.id, now);
      this.touchStmt.run(new Date(now).toISOString(), row.id);
    }
    return { keyId: row.id, tenant: row.tenant, scopes: effectiveScopes(parseScopes(row.scopes)) };
  }

  list(tenant?: string): ApiKeyInfo[] {
    const rows =
      tenant === undefined
        ? this.db.prepare<[], KeyRow>('SELECT * FROM api_keys ORDER BY tenant, created_at').all()
        : this.db.prepare<[string], KeyRow>('SELECT * FROM api_keys WHERE tenant = ? ORDER BY created_at').all(tenant);
    return rows.map(info);
  }

  /** Revoke a key by id; false when there is no such key or it was already revoked. Takes effect at the next request. */
  revoke(id: string): boolean {
    return this.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(new Date().toISOString(), id).changes > 0;
  }

  /** Keys not revoked. */
  activeCount(): number {
    return this.activeStmt.get()?.n ?? 0;
  }
}
