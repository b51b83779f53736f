import { BadRequestException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { normalizePlatform } from '../platform';
import { formatLocalDate, parseLocalDate } from '../planner/local-date';
import type { CalendarRequest } from '../planner/types';
import { CreateCalendarGenerationDto, MAX_RANGE_DAYS } from './dto/create-calendar-generation.dto';

/**
 * Turn a validated request body into the planner's request: the end date from `weeks` or `endDate`,
 * platform names as platform ids, and the time zone given or defaulted by the caller.
 */
export function toCalendarRequest(body: CreateCalendarGenerationDto, timezone: string): CalendarRequest {
  // null counts as absent, like a missing field: the DTO's @IsOptional lets both through.
  const weeks = body.weeks ?? undefined;
  const endDate = body.endDate ?? undefined;
  if (weeks === undefined && endDate === undefined) {
    throw new BadRequestException(['weeks or endDate is required: give the length in weeks (1 to 52) or the last day']);
  }
  if (weeks !== undefined && endDate !== undefined) {
    throw new BadRequestException(['weeks and endDate cannot both be given: send one of them']);
  }

  const start = parseLocalDate(body.startDate);
  const end = endDate !== undefined ? parseLocalDate(endDate) : start + weeks! * 7 - 1;
  if (end < start) {
    throw new BadRequestException([`endDate ${endDate} is before startDate ${body.startDate}`]);
  }
  if (end - start + 1 > MAX_RANGE_DAYS) {
    throw new BadRequestException([
      `startDate ${body.startDate} to endDate ${endDate} spans ${end - start + 1} days, over the limit of 52 weeks (${MAX_RANGE_DAYS} days)`,
    ]);
  }

  const request: CalendarRequest = { startDate: body.startDate, endDate: formatLocalDate(end), timezone };
  if (body.platforms) {
    request.platforms = [...new Set(body.platforms.map((name) => normalizePlatform(name)!))];
  }
  if (body.blackoutDates) {
    request.blackoutDates = [...new Set(body.blackoutDates)].sort();
  }
  if (body.holidayCountry) {
    request.holidayCountry = body.holidayCountry;
  }
  if (body.postsPerWeek) {
    request.postsPerWeek = Object.fromEntries(
      Object.entries(body.postsPerWeek).map(([name, count]) => [normalizePlatform(name)!, count]),
    );
  }
  return request;
}

/** Hash a request body independently of key order, for Idempotency-Key comparisons. */
export function hashRequestBody(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      // Object keys are unique, so two keys never compare equal.
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
