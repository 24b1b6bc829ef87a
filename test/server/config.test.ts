/** Server configuration: the Redis settings (flag or REDIS_URL), checked, with the source named and no password shown. */
import { describe, expect, it } from 'vitest';
import { redactRedisUrl, resolveConfig } from '../../server/config.ts';

describe('redis settings', () => {
  it('default: none (jobs run in-process)', () => {
    const c = resolveConfig({}, {});
    expect(c.ok && c.value.redisUrl).toBeUndefined();
    expect(c.ok && c.value.shardSize).toBeUndefined();
  });

  it('REDIS_URL and LINGTAN_SHARD_SIZE from the environment; a flag overrides the environment', () => {
    const env = { REDIS_URL: 'redis://10.0.0.1:6379', LINGTAN_SHARD_SIZE: '25' };
    expect(resolveConfig({}, env)).toMatchObject({ ok: true, value: { redisUrl: 'redis://10.0.0.1:6379', shardSize: 25 } });
    expect(resolveConfig({ redisUrl: 'rediss://:pw@cache:6380/2', shardSize: '5' }, env)).toMatchObject({ ok: true, value: { redisUrl: 'rediss://:pw@cache:6380/2', shardSize: 5 } });
  });

  it('a bad REDIS_URL is a config error naming the variable, without the password', () => {
    const c = resolveConfig({}, { REDIS_URL: 'http://:s3cret@10.0.0.1:6379' });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.issues).toHaveLength(1);
    expect(c.issues[0]?.path).toBe('redisUrl (REDIS_URL)');
    expect(c.issues[0]?.message).toMatch(/redis:\/\/ or rediss:\/\//);
    expect(c.issues[0]?.message).not.toContain('s3cret');
    expect(resolveConfig({}, { REDIS_URL: 'not a url' })).toMatchObject({ ok: false, issues: [{ path: 'redisUrl (REDIS_URL)', message: expect.stringMatching(/not a URL/) }] });
  });

  it('a bad --redis flag or shard size is a config error naming the setting', () => {
    expect(resolveConfig({ redisUrl: 'localhost:6379' }, {})).toMatchObject({ ok: false, issues: [{ path: 'redisUrl' }] });
    expect(resolveConfig({}, { REDIS_URL: 'redis://127.0.0.1:6379', LINGTAN_SHARD_SIZE: '0' })).toMatchObject({ ok: false, issues: [{ path: 'shardSize (LINGTAN_SHARD_SIZE)' }] });
  });

  it('a shard size without a Redis URL is refused, not ignored', () => {
    const r = resolveConfig({ shardSize: 20 }, {});
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'shardSize' }] });
    expect(r.ok ? '' : r.issues[0]!.message).toMatch(/goes with a Redis URL/);
  });

  it('redactRedisUrl hides credentials', () => {
    expect(redactRedisUrl('redis://:s3cret@10.0.0.1:6379')).toBe('redis://***@10.0.0.1:6379');
    expect(redactRedisUrl('redis://user:pw@h:1/0')).toBe('redis://***@h:1/0');
    expect(redactRedisUrl('redis://h:6379')).toBe('redis://h:6379');
  });
});
