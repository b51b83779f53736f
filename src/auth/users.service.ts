import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createKeyv } from 'cacheable';
import { Cache, createCache } from 'cache-manager';
import { Repository } from 'typeorm';
import { apiKeyPrefix, generateApiKey, hashApiKey } from './api-key';
import type { AuthenticatedUser } from './auth.decorators';
import { User } from './user.entity';

// Keys cannot be revoked yet, so caching a lookup for a minute hides nothing that could change.
const API_KEY_CACHE_TTL_MS = 60_000;

export interface CreatedUser {
  id: string;
  name: string;
  apiKey: string;
  createdAt: Date;
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  // Kept apart from the strategy cache so that clearing or counting strategy entries leaves keys alone.
  private readonly cache: Cache = createCache({
    stores: [createKeyv({ ttl: API_KEY_CACHE_TTL_MS, lruSize: 10_000, useClone: false })],
  });

  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Create a user and return its API key; this is the only time the key is available in clear. */
  async create(name: string): Promise<CreatedUser> {
    const apiKey = generateApiKey();
    const user = await this.users.save(
      this.users.create({ name, apiKeyHash: hashApiKey(apiKey), apiKeyPrefix: apiKeyPrefix(apiKey) }),
    );

    this.logger.log(`Created user ${user.id} with API key ${user.apiKeyPrefix}…`);
    return { id: user.id, name: user.name, apiKey, createdAt: user.createdAt };
  }

  /** Find the user an API key belongs to, or undefined for an unknown key. */
  async findByApiKey(apiKey: string): Promise<AuthenticatedUser | undefined> {
    const hash = hashApiKey(apiKey);
    const cacheKey = `api-key:${hash}`;

    const cached = await this.cache.get<AuthenticatedUser>(cacheKey);
    if (cached) {
      return cached;
    }

    const user = await this.users.findOne({ where: { apiKeyHash: hash }, select: { id: true, name: true } });
    if (!user) {
      return undefined;
    }

    const authenticated = Object.freeze({ id: user.id, name: user.name });
    await this.cache.set(cacheKey, authenticated);
    return authenticated;
  }
}
