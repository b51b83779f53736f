import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser } from '../../auth/auth.decorators';
import { ApiAuthErrors, ApiNotFound, ApiValidationErrors } from '../../common/api-errors.decorator';
import { ActiveStrategyQueryDto, ActiveStrategyResponseDto } from '../dto/active-strategy.dto';
import { ActiveStrategyService } from './active-strategy.service';

// Registered before StrategyController so that /v1/strategies/active is not taken for an id.
@ApiTags('strategies')
@ApiBearerAuth('api-key')
@Controller('v1/strategies/active')
export class ActiveStrategyController {
  constructor(private readonly activeStrategy: ActiveStrategyService) {}

  @Get()
  @Header('Cache-Control', 'private, no-cache')
  @ApiOperation({
    summary: 'Read the active strategy',
    description:
      'Resolves through three tiers: the in-process cache, the activation status in the database, and a fallback ' +
      'to the most recent strategy (preferring one with an AI analysis) when none is active. The response and the ' +
      'X-Strategy-Tier header say which tier answered.',
  })
  @ApiOkResponse({
    type: ActiveStrategyResponseDto,
    headers: {
      'X-Strategy-Tier': {
        description: 'Tier that resolved the strategy: memory, database or fallback',
        schema: { type: 'string', enum: ['memory', 'database', 'fallback'] },
      },
    },
  })
  @ApiValidationErrors()
  @ApiAuthErrors()
  @ApiNotFound('No strategy at all')
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ActiveStrategyQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { strategy, resolution } = await this.activeStrategy.resolve(user.id, { refresh: query.refresh });
    response.setHeader('X-Strategy-Tier', resolution.tier);
    return { ...strategy, resolution };
  }
}
