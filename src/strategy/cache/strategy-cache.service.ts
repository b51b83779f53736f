import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Cache } from 'cache-manager';
import type { Environment } from '../../config/environment';

// A user with more distinct cached entries than this (say, every page of a long list) stops adding
// entries until the next invalidation. With responses capped at 256 KiB by UserCacheInterceptor, one
// user keeps at most about 16 MiB.
const MAX_KEYS_PER_USER = 64;

/**
 * The process-wide memory tier for everything derived from a user's strategies: the resolved active
 * strategy, pinned snapshots and cached HTTP responses. Every key belongs to one user, and
 * `invalidateUser` drops all of that user's entries at once.
 *
 * Each user has an epoch that invalidation increments. A reader takes the epoch before it reads the
 * database and stores its result only if the epoch is unchanged, so a read that raced a write cannot
 * put the old value back after the write invalidated it.
 */
@Injectable()
export class StrategyCacheService {
  private readonly logger = new Logger(StrategyCacheService.name);
  private readonly keysByUser = new Map<string, Set<string>>();
  private readonly epochs = new Map<string, number>();

  readonly ttlMs: number;

  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    config: ConfigService<Environment, true>,
  ) {
    this.ttlMs = config.get('STRATEGY_CACHE_TTL_MS', { infer: true });
  }

  epoch(userId: string): number {
    return this.epochs.get(userId) ?? 0;
  }

  async get<T>(userId: string, name: string): Promise<T | undefined> {
    try {
      return await this.cache.get<T>(cacheKey(userId, name));
    } catch (error) {
      this.logger.warn(`Cache read of ${name} for user ${userId} failed, reading the database: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Store a value read at `epoch`; returns false and stores nothing if the user's data changed since. */
  async set(userId: string, epoch: number, name: string, value: unknown): Promise<boolean> {
    if (this.epoch(userId) !== epoch) {
      return false;
    }

    const keys = this.keysByUser.get(userId) ?? new Set<string>();
    const key = cacheKey(userId, name);
    if (!keys.has(key) && keys.size >= MAX_KEYS_PER_USER) {
      return false;
    }
    keys.add(key);
    this.keysByUser.set(userId, keys);

    try {
      await this.cache.set(key, deepFreeze(value), this.ttlMs);
      return true;
    } catch (error) {
      this.logger.warn(`Cache write of ${name} for user ${userId} failed: ${(error as Error).message}`);
      return false;
    }
  }

  /** Drop every cached view of one user's strategies; returns how many keys were dropped. */
  async invalidateUser(userId: string): Promise<number> {
    this.epochs.set(userId, this.epoch(userId) + 1);

    const keys = this.keysByUser.get(userId);
    this.keysByUser.delete(userId);
    if (!keys || keys.size === 0) {
      return 0;
    }

    await this.cache.mdel([...keys]);
    this.logger.debug(`Invalidated ${keys.size} cache entries of user ${userId}`);
    return keys.size;
  }

  /** Drop every entry of every user; returns how many keys were tracked. */
  async clear(): Promise<number> {
    let dropped = 0;
    for (const [userId, keys] of this.keysByUser) {
      dropped += keys.size;
      this.epochs.set(userId, this.epoch(userId) + 1);
    }
    this.keysByUser.clear();

    await this.cache.clear();
    return dropped;
  }

  /** Entries in the memory store, expired ones included until the store's periodic purge removes them. */
  entries(): number {
    const store = this.cache.stores[0]?.store as { store?: { size?: number } } | undefined;
    return store?.store?.size ?? 0;
  }
}

/**
 * Freeze a value and everything it contains. The memory store returns the stored object itself, not a
 * copy, so a reader that changed it would change what every later reader gets. Frozen, such a change
 * throws instead.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) {
      deepFreeze(member);
    }
  }
  return value;
}

function cacheKey(userId: string, name: string): string {
  return `strategy:${userId}:${name}`;
}
