/**
 * Cutting a run into shards: consecutive ranges of population rows or draw indices. Shard i covers
 * [start, end); shards are numbered in order, so folding them in index order visits every item in
 * the order a single-process run does.
 */

export interface ShardRange {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** Default shard size: about 50 shards, at least 5 and at most 200 items each. */
export function defaultShardSize(total: number): number {
  return Math.min(200, Math.max(5, Math.ceil(total / 50)));
}

export function planShards(total: number, shardSize: number): ShardRange[] {
  const size = Math.max(1, Math.floor(shardSize));
  const shards: ShardRange[] = [];
  for (let start = 0, index = 0; start < total; start += size, index++) shards.push({ index, start, end: Math.min(total, start + size) });
  return shards;
}
