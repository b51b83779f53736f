import { Body, Controller, Delete, Get, Header, Headers, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthenticatedUser, CurrentUser } from '../../auth/auth.decorators';
import { ApiAuthErrors, ApiNotFound, ApiValidationErrors, ErrorResponseDto } from '../../common/api-errors.decorator';
import { uuidParam } from '../../common/uuid-param.pipe';
import { PageQueryDto } from '../../strategy/dto/page-query.dto';
import { renderCsv } from '../export/calendar-csv';
import { renderIcs } from '../export/calendar-ics';
import { CalendarGenerationService } from './calendar-generation.service';
import {
  CalendarEntryPageDto,
  CalendarGenerationDto,
  CalendarGenerationPageDto,
  toEntryDto,
  toGenerationDto,
} from './dto/calendar-generation-response.dto';
import { CreateCalendarGenerationDto } from './dto/create-calendar-generation.dto';
import { EntryQueryDto } from './dto/entry-query.dto';
import { GenerationQueryDto, parseIdempotencyKey } from './dto/generation-query.dto';
import { GenerationQueue } from './generation-queue.service';
import { GenerationRunner } from './generation-runner.service';

// How long `wait=true` waits for a run that another request started, in milliseconds.
const WAIT_TIMEOUT_MS = 60_000;

@ApiTags('calendar generations')
@ApiBearerAuth('api-key')
@ApiAuthErrors()
@Controller('v1/calendar-generations')
export class CalendarGenerationController {
  constructor(
    private readonly generations: CalendarGenerationService,
    private readonly queue: GenerationQueue,
    private readonly runner: GenerationRunner,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Plan a content calendar from the active strategy',
    description:
      'Pins the active strategy (id and version) and runs the six planning phases. By default the run is queued ' +
      '(202, Location header); with wait=true it runs in the request and returns the finished run (201). ' +
      'The same Idempotency-Key with the same body returns the same run; with another body it is a 422.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Up to 200 printable characters, chosen by the client' })
  @ApiAcceptedResponse({ type: CalendarGenerationDto, description: 'Queued; poll the Location' })
  @ApiCreatedResponse({ type: CalendarGenerationDto, description: 'Finished (wait=true)' })
  @ApiUnprocessableEntityResponse({ description: 'Idempotency-Key reused with another body', type: ErrorResponseDto })
  @ApiValidationErrors()
  @ApiNotFound('Strategy (the user has none)')
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateCalendarGenerationDto,
    @Query() query: GenerationQueryDto,
    @Headers('idempotency-key') idempotencyKeyHeader: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CalendarGenerationDto> {
    const idempotencyKey = parseIdempotencyKey(idempotencyKeyHeader);
    const { generation, created } = await this.generations.create(user.id, body, idempotencyKey);

    response.setHeader('Location', `${request.baseUrl}/v1/calendar-generations/${generation.id}`);
    if (!query.wait) {
      if (created) {
        await this.queue.enqueue(generation.id);
      }
      response.status(HttpStatus.ACCEPTED);
      return toGenerationDto(generation);
    }

    if (created) {
      await this.runner.execute(generation.id);
    }

    // A repeated request may find the first one's run still in progress. It waits for that run too,
    // and returns 202 like a queued request if the run does not end in time.
    const finished = await this.generations.waitForEnd(user.id, generation.id, WAIT_TIMEOUT_MS);
    const ended = finished.status !== 'queued' && finished.status !== 'running';
    response.status(ended ? HttpStatus.CREATED : HttpStatus.ACCEPTED);
    return toGenerationDto(finished);
  }

  @Get()
  @ApiOperation({ summary: "List the user's calendar generations, newest first" })
  @ApiOkResponse({ type: CalendarGenerationPageDto })
  @ApiValidationErrors()
  async list(@CurrentUser() user: AuthenticatedUser, @Query() page: PageQueryDto): Promise<CalendarGenerationPageDto> {
    const { items, total } = await this.generations.list(user.id, page.limit, page.offset);
    return { items: items.map(toGenerationDto), total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a calendar generation: status, progress, steps and quality' })
  @ApiOkResponse({ type: CalendarGenerationDto })
  @ApiValidationErrors()
  @ApiNotFound('Calendar generation')
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<CalendarGenerationDto> {
    return toGenerationDto(await this.generations.get(user.id, id));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Cancel a queued or running calendar generation' })
  @ApiOkResponse({ type: CalendarGenerationDto })
  @ApiConflictResponse({ description: 'The run already ended', type: ErrorResponseDto })
  @ApiValidationErrors()
  @ApiNotFound('Calendar generation')
  async cancel(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<CalendarGenerationDto> {
    return toGenerationDto(await this.generations.cancel(user.id, id));
  }

  @Get(':id/entries')
  @ApiOperation({ summary: 'List the entries of a calendar generation in calendar order' })
  @ApiOkResponse({ type: CalendarEntryPageDto })
  @ApiValidationErrors()
  @ApiNotFound('Calendar generation')
  async entries(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: EntryQueryDto,
  ): Promise<CalendarEntryPageDto> {
    const { items, total } = await this.generations.listEntries(user.id, id, query);
    return { items: items.map(toEntryDto), total };
  }

  @Get(':id/calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: 'Download the calendar as iCalendar (RFC 5545)' })
  @ApiConflictResponse({ description: 'The run has not completed', type: ErrorResponseDto })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'One VEVENT per entry, in the calendar time zone', schema: { type: 'string' } })
  @ApiValidationErrors()
  @ApiNotFound('Calendar generation')
  async ics(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { generation, entries } = await this.generations.allEntries(user.id, id);
    response.setHeader('Content-Disposition', `attachment; filename="cadence-${id}.ics"`);
    return renderIcs(generation, entries);
  }

  @Get(':id/calendar.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Download the calendar as CSV with a header row' })
  @ApiConflictResponse({ description: 'The run has not completed', type: ErrorResponseDto })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per entry', schema: { type: 'string' } })
  @ApiValidationErrors()
  @ApiNotFound('Calendar generation')
  async csv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { entries } = await this.generations.allEntries(user.id, id);
    response.setHeader('Content-Disposition', `attachment; filename="cadence-${id}.csv"`);
    return renderCsv(entries);
  }
}
