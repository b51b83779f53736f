import { CanActivate, ExecutionContext, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { Environment } from '../config/environment';
import { ADMIN_ROUTE, AuthenticatedRequest, AuthorizationHeader, PUBLIC_ROUTE, readAuthorization } from './auth.decorators';
import { UsersService } from './users.service';

/**
 * Global guard: every route needs a user's API key unless it is marked @Public() or @AdminRoute().
 * Admin routes need ADMIN_TOKEN and do not exist (404) while ADMIN_TOKEN is unset.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return true;
    }

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const authorization = readAuthorization(request);

    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ROUTE, targets)) {
      return this.checkAdminToken(authorization, request.path);
    }

    if (authorization.kind === 'missing') {
      throw new UnauthorizedException('Missing API key: send it as "Authorization: Bearer <apiKey>"');
    }
    if (authorization.kind === 'malformed') {
      throw new UnauthorizedException(
        `Malformed Authorization header: ${authorization.reason}; send the API key as ` +
          '"Authorization: Bearer <apiKey>", the word Bearer, one space and the key',
      );
    }

    const user = await this.users.findByApiKey(authorization.token);
    if (!user) {
      throw new UnauthorizedException('Invalid API key: check the key, or create a user to get a new one');
    }

    request.user = user;
    return true;
  }

  private checkAdminToken(authorization: AuthorizationHeader, path: string): boolean {
    const adminToken = this.config.get('ADMIN_TOKEN', { infer: true });
    if (!adminToken) {
      throw new NotFoundException(`Cannot ${path}: admin endpoints are disabled because ADMIN_TOKEN is not set`);
    }

    if (authorization.kind === 'malformed') {
      throw new UnauthorizedException(
        `Malformed Authorization header: ${authorization.reason}; send the admin token as "Authorization: Bearer $ADMIN_TOKEN"`,
      );
    }
    if (authorization.kind === 'missing' || !sameSecret(authorization.token, adminToken)) {
      throw new UnauthorizedException('Missing or invalid admin token: send "Authorization: Bearer $ADMIN_TOKEN"');
    }
    return true;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
