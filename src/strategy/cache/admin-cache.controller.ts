import { Controller, Delete, Get, HttpCode, Logger, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { AdminRoute } from '../../auth/auth.decorators';
import { ApiAdminErrors, ApiValidationErrors } from '../../common/api-errors.decorator';
import { ActiveStrategyService } from '../active-strategy/active-strategy.service';
import { StrategyCacheService } from './strategy-cache.service';

class TierStatisticsDto {
  @ApiProperty({ description: 'Lookups this tier resolved' })
  hits: number;

  @ApiProperty({ description: 'Total time of those lookups, in milliseconds' })
  totalMs: number;

  @ApiProperty({ description: 'Mean time of one lookup, in milliseconds' })
  meanMs: number;
}

class TiersDto {
  @ApiProperty({ type: TierStatisticsDto })
  memory: TierStatisticsDto;

  @ApiProperty({ type: TierStatisticsDto })
  database: TierStatisticsDto;

  @ApiProperty({ type: TierStatisticsDto })
  fallback: TierStatisticsDto;
}

class CacheStatisticsDto {
  @ApiProperty({ description: 'Active-strategy lookups per tier since the process started', type: TiersDto })
  tiers: TiersDto;

  @ApiProperty({ description: 'Lookups the memory tier could not resolve (refresh=true requests are not counted)' })
  misses: number;

  @ApiProperty({ description: 'Lookups for users with no strategy at all' })
  notFound: number;

  @ApiProperty({ description: 'Memory hits / (memory hits + misses), 0..1' })
  hitRatio: number;

  @ApiProperty({ description: 'Entries in the memory tier: active strategies, snapshots and cached responses' })
  entries: number;

  @ApiProperty({ description: 'Time to live of an entry, in milliseconds (STRATEGY_CACHE_TTL_MS)' })
  ttlMs: number;
}

class ClearCacheQueryDto {
  @ApiPropertyOptional({ description: 'Clear only this user\'s entries', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId?: string;
}

class ClearedCacheDto {
  @ApiProperty({ description: 'Entries dropped' })
  cleared: number;

  @ApiPropertyOptional({ description: 'The user whose entries were dropped; absent when all were', format: 'uuid' })
  userId?: string;
}

@ApiTags('admin')
@ApiBearerAuth('admin-token')
@AdminRoute()
@ApiAdminErrors()
@Controller('v1/admin/cache')
export class AdminCacheController {
  private readonly logger = new Logger(AdminCacheController.name);

  constructor(
    private readonly activeStrategy: ActiveStrategyService,
    private readonly cache: StrategyCacheService,
  ) {}

  @Get('stats')
  @ApiOperation({ summary: 'Read cache statistics of this process' })
  @ApiOkResponse({ type: CacheStatisticsDto })
  stats(): CacheStatisticsDto {
    return { ...this.activeStrategy.statistics(), entries: this.cache.entries(), ttlMs: this.cache.ttlMs };
  }

  @Delete()
  @HttpCode(200)
  @ApiOperation({ summary: 'Clear the memory tier, for every user or for one' })
  @ApiOkResponse({ type: ClearedCacheDto })
  @ApiValidationErrors()
  async clear(@Query() query: ClearCacheQueryDto): Promise<ClearedCacheDto> {
    if (query.userId) {
      const cleared = await this.cache.invalidateUser(query.userId);
      this.logger.log(`Cleared ${cleared} cache entries of user ${query.userId}`);
      return { cleared, userId: query.userId };
    }

    const cleared = await this.cache.clear();
    this.logger.log(`Cleared the whole cache (${cleared} tracked entries)`);
    return { cleared };
  }
}
