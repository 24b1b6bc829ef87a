/** Checking a Redis URL before connecting (ioredis would retry a bad one for ever). */

/** What is wrong with a Redis URL (it must be redis:// or rediss://), or null when it is fine. */
export function redisUrlProblem(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'redis:' || u.protocol === 'rediss:' ? null : `a Redis URL starts with redis:// or rediss://, got "${url}"`;
  } catch {
    return `not a URL: "${url}"`;
  }
}
