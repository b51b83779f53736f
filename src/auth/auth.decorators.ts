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

/** The user whose API key authenticated the request; set by ApiKeyGuard. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) {
    // Only reachable if a route marked @Public() asks for the user, which is a programming error.
    throw new Error('CurrentUser used on a route that is not authenticated');
  }
  return request.user;
});

/** Read a bearer token from the Authorization header, or undefined when there is none. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) {
    return undefined;
  }

  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
