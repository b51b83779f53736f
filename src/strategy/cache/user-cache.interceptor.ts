import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { from, mergeMap, Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/auth.decorators';
import { StrategyCacheService } from './strategy-cache.service';

/**
 * Caches GET responses per user. Nest's stock CacheInterceptor keys entries by URL alone, which would
 * serve one user's strategies to another; here the key is the user plus the URL, the entries live in
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

    const name = `http:${request.originalUrl}`;
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
            await this.cache.set(user.id, epoch, name, body);
            return body;
          }),
        );
      }),
    );
  }
}
