import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every setting Cadence reads from the environment, with its default. `.env.example` documents the same
 * list; keep the two in step.
 */
export class Environment {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Unset: an embedded PostgreSQL under DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  /** Port of the embedded PostgreSQL; only read when DATABASE_URL is unset. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  /** Unset: the admin endpoints return 404. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters long' })
  ADMIN_TOKEN?: string;

  /** Time to live of the memory tier, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  STRATEGY_CACHE_TTL_MS = 300_000;

  /** Maximum number of entries in the memory tier before the least recently used ones are evicted. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  STRATEGY_CACHE_MAX_ENTRIES = 10_000;

  // NOTE: validated but not used yet. Each instance keeps its own in-process cache, so several
  // instances behind one load balancer may serve a cached strategy for up to the TTL after a write.
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Largest accepted request body, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAX_BODY_BYTES = 1_048_576;

  @IsOptional()
  @Matches(/^(error|warn|log|debug|verbose)$/, { message: 'LOG_LEVEL must be one of error, warn, log, debug, verbose' })
  LOG_LEVEL = 'log';
}

/**
 * Validate the process environment and return it typed, or throw one error that names every invalid
 * setting and its value, so a misconfigured instance stops at boot instead of failing later.
 */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const environment = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false });

  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const messages = Object.values(error.constraints ?? {}).join('; ');
      const value = error.property === 'ADMIN_TOKEN' ? '<hidden>' : JSON.stringify(raw[error.property]);
      return `  ${error.property}=${value}: ${messages}`;
    });
    throw new Error(`Invalid configuration, fix these settings and restart:\n${lines.join('\n')}`);
  }

  return environment;
}
