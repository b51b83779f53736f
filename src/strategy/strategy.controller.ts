import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth/auth.decorators';
import { ApiAuthErrors, ApiNotFound, ApiValidationErrors, ErrorResponseDto } from '../common/api-errors.decorator';
import { uuidParam } from '../common/uuid-param.pipe';
import { NonEmptyBodyPipe } from '../common/validation/non-empty-body.pipe';
import { ActivationService } from './activation/activation.service';
import { UserCacheInterceptor } from './cache/user-cache.interceptor';
import { ActivationDto } from './dto/activation.dto';
import { PageQueryDto } from './dto/page-query.dto';
import { CreateStrategyDto, UpdateStrategyDto } from './dto/strategy-content.dto';
import { ImportedStrategyDto, StrategyPageDto, StrategyResponseDto } from './dto/strategy-response.dto';
import { StrategyService } from './strategy.service';

@ApiTags('strategies')
@ApiBearerAuth('api-key')
@ApiAuthErrors()
@Controller('v1/strategies')
export class StrategyController {
  constructor(
    private readonly strategies: StrategyService,
    private readonly activation: ActivationService,
  ) {}

  @Get()
  @UseInterceptors(UserCacheInterceptor)
  @ApiOperation({ summary: "List the user's strategies, newest first" })
  @ApiOkResponse({ type: StrategyPageDto })
  @ApiValidationErrors()
  list(@Query() page: PageQueryDto) {
    return this.strategies.list(page.limit, page.offset);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a strategy', description: 'The new strategy is inactive; activate it to make it the active strategy.' })
  @ApiCreatedResponse({ type: StrategyResponseDto })
  @ApiValidationErrors()
  create(@Body() body: CreateStrategyDto) {
    return this.strategies.create(body);
  }

  @Post('import')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Import a strategy in ALwrity format',
    description:
      'Accepts an ALwrity enhanced strategy (snake_case fields) or an ALwrity calendar test document ' +
      '(with strategy_data, gap_analysis, onboarding_data). Missing fields are fine; fields Cadence does not ' +
      'know are listed in importReport.ignoredFields.',
  })
  @ApiBody({ description: 'An ALwrity document', schema: { type: 'object', additionalProperties: true } })
  @ApiCreatedResponse({ type: ImportedStrategyDto })
  @ApiValidationErrors()
  import(@Body() document: Record<string, unknown>) {
    return this.strategies.import(document);
  }

  @Get(':id')
  @UseInterceptors(UserCacheInterceptor)
  @ApiOperation({ summary: 'Read a strategy' })
  @ApiOkResponse({ type: StrategyResponseDto })
  @ApiValidationErrors()
  @ApiNotFound('Strategy')
  get(@Param('id', uuidParam('id')) id: string) {
    return this.strategies.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change fields of a strategy',
    description: 'Fields given replace the stored ones; a field set to null is removed. id, owner and status cannot be changed here.',
  })
  @ApiOkResponse({ type: StrategyResponseDto })
  @ApiValidationErrors()
  @ApiNotFound('Strategy')
  update(
    @Param('id', uuidParam('id')) id: string,
    @Body(new NonEmptyBodyPipe('PATCH body has no fields to change; send at least one strategy field')) body: UpdateStrategyDto,
  ) {
    return this.strategies.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a strategy and its activation history' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiValidationErrors()
  @ApiNotFound('Strategy')
  async remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.strategies.remove(id);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Make this the active strategy',
    description: 'The previously active strategy becomes inactive in the same transaction. Activating the active strategy changes nothing.',
  })
  @ApiOkResponse({ type: StrategyResponseDto })
  @ApiConflictResponse({ description: 'Concurrent activations kept conflicting; retry', type: ErrorResponseDto })
  @ApiValidationErrors()
  @ApiNotFound('Strategy')
  activate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string) {
    return this.activation.activate(user.id, id);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate this strategy, leaving the user with no active strategy' })
  @ApiOkResponse({ type: StrategyResponseDto })
  @ApiConflictResponse({ description: 'Concurrent activations kept conflicting; retry', type: ErrorResponseDto })
  @ApiValidationErrors()
  @ApiNotFound('Strategy')
  deactivate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string) {
    return this.activation.deactivate(user.id, id);
  }

  @Get(':id/activations')
  @ApiOperation({ summary: 'List when this strategy was active, newest first' })
  @ApiOkResponse({ type: ActivationDto, isArray: true })
  @ApiValidationErrors()
  @ApiNotFound('Strategy')
  activations(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string) {
    return this.activation.history(user.id, id);
  }
}
