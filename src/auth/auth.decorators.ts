import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const PUBLIC_ROUTE = 'cadence:public-route';
export const ADMIN_ROUTE = 'cadence:admin-route';

/** The route needs no credentials (documentation and health only). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The route takes `Authorization: Bearer $ADMIN_TOKEN` instead of a user's API key. */
export const AdminRoute = () => SetMetadata(ADMIN_ROUTE, true);

export interface AuthenticatedUser {
  id: string;
  name: string;
}

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}

/** Parameter decorator that injects the user whose API key authenticated the request (set by ApiKeyGuard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) {
    // Only reachable if a route marked @Public() reads the user, which is a programming error.
    throw new Error('CurrentUser used on a route that is not authenticated');
  }
  return request.user;
});

/**
 * The Authorization header of a request: absent, a bearer token, or present in another form,
 * such as `Basic …`, `Token …` or `Bearer <key> extra`, with the reason.
 */
export type AuthorizationHeader =
  | { kind: 'missing' }
  | { kind: 'bearer'; token: string }
  | { kind: 'malformed'; reason: string };

/** Reads the Authorization header. The reason of a malformed header never quotes it, because it may contain a secret. */
export function readAuthorization(request: Request): AuthorizationHeader {
  const header = request.headers.authorization?.trim();
  if (!header) {
    return { kind: 'missing' };
  }

  const [scheme, ...credentials] = header.split(/\s+/);
  if (scheme.toLowerCase() !== 'bearer') {
    return { kind: 'malformed', reason: 'the scheme is not Bearer' };
  }
  if (credentials.length === 0) {
    return { kind: 'malformed', reason: 'there is no token after Bearer' };
  }
  if (credentials.length > 1) {
    return { kind: 'malformed', reason: `there are ${credentials.length} words after Bearer instead of one token` };
  }
  return { kind: 'bearer', token: credentials[0] };
}
