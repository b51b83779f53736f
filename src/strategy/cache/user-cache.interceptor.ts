import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { from, mergeMap, Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/auth.decorators';
import { StrategyCacheService } from './strategy-cache.service';

// Larger responses (a page of strategies with very long texts) are served uncached, so that one user
// cannot fill the process memory with a few distinct URLs.
const MAX_CACHED_RESPONSE_BYTES = 256 * 1024;

/**
 * Caches GET responses per user. Nest's stock CacheInterceptor keys entries by URL alone, so it would
 * serve one user's strategies to another. Here the key is the user plus the URL, the entries live in
 * the user's part of StrategyCacheService, and every strategy write drops them.
 * Sets `X-Cache: HIT` or `X-Cache: MISS`.
 */
@Injectable()
export class UserCacheInterceptor implements NestInterceptor {
  constructor(private readonly cache: StrategyCacheService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const user = request.user;
    if (request.method !== 'GET' || !user) {
      return next.handle();
    }

    const name = `http:${normalizedUrl(request.originalUrl)}`;
    const epoch = this.cache.epoch(user.id);

    return from(this.cache.get<unknown>(user.id, name)).pipe(
      mergeMap((cached) => {
        if (cached !== undefined) {
          response.setHeader('X-Cache', 'HIT');
          return of(cached);
        }

        response.setHeader('X-Cache', 'MISS');
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            if (Buffer.byteLength(JSON.stringify(body) ?? '') <= MAX_CACHED_RESPONSE_BYTES) {
              await this.cache.set(user.id, epoch, name, body);
            }
            return body;
          }),
        );
      }),
    );
  }
}

/** Return the path with its query parameters sorted, so `?limit=5&offset=0` and `?offset=0&limit=5` share an entry. */
function normalizedUrl(originalUrl: string): string {
  const url = new URL(originalUrl, 'http://cadence.invalid');
  url.searchParams.sort();
  return url.pathname + url.search;
}
