/** Per-tenant settings: how many days its runs and finished jobs are kept (retention). */
import { TENANT_PATTERN } from './api-keys.ts';
import type { Db } from './db.ts';

export interface TenantSettings {
  readonly id: string;
  /** null: the server's default (`retentionDays`); 0: kept for ever. */
  readonly retentionDays: number | null;
}

export class Tenants {
  constructor(private readonly db: Db) {}

  /** Set (or with null, clear) a tenant's retention in days. */
  setRetention(tenant: string, days: number | null): void {
    if (!TENANT_PATTERN.test(tenant)) throw new RangeError(`invalid tenant "${tenant}"`);
    if (days !== null && !(Number.isInteger(days) && days >= 0 && days <= 36_500)) throw new RangeError(`retention must be a whole number of days from 0 to 36500, got ${days}`);
    this.db
      .prepare('INSERT INTO tenants (id, retention_days, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET retention_days = excluded.retention_days, updated_at = excluded.updated_at')
      .run(tenant, days, new Date().toISOString());
  }

  get(tenant: string): TenantSettings {
    const row = this.db.prepare<[string], { retention_days: number | null }>('SELECT retention_days FROM tenants WHERE id = ?').get(tenant);
    return { id: tenant, retentionDays: row?.retention_days ?? null };
  }

  list(): TenantSettings[] {
    return this.db
      .prepare<[], { id: string; retention_days: number | null }>('SELECT id, retention_days FROM tenants ORDER BY id')
      .all()
      .map((r) => ({ id: r.id, retentionDays: r.retention_days }));
  }
}
