import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, registerDecorator, ValidationArguments } from 'class-validator';
import { IsIanaTimeZone } from '../../../common/validation/is-iana-time-zone';
import { normalizePlatform, SUPPORTED_PLATFORMS } from '../../platform';
import { parseLocalDate } from '../../planner/local-date';
import { isKnownHolidayCountry } from '../../planner/public-holidays';

/** Maximum length of a calendar, in days (52 weeks). */
export const MAX_RANGE_DAYS = 52 * 7;

// Calendars are planned for the near past and the future; the bounds keep every date a four-digit year.
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** Returns whether `value` is a real calendar date written as YYYY-MM-DD (no 2027-02-30), years 1900 to 2999. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  const year = Number(value.slice(0, 4));
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    return false;
  }
  try {
    parseLocalDate(value);
    return true;
  } catch {
    // parseLocalDate throws for any other shape and for impossible dates; both are invalid here.
    return false;
  }
}

function registerCheck(
  name: string,
  isValid: (value: unknown, args: ValidationArguments) => boolean,
  message: (args: ValidationArguments) => string,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName.toString(),
      validator: { validate: isValid, defaultMessage: message },
    });
}

export const IsLocalDate = () =>
  registerCheck(
    'isLocalDate',
    (value) => isLocalDate(value),
    (args) => `${args.property} ${JSON.stringify(args.value)} is not a date in the form YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`,
  );

const IsLocalDateList = () =>
  registerCheck(
    'isLocalDateList',
    // A value that is not a list is reported by @IsArray alone.
    (value) => !Array.isArray(value) || value.every(isLocalDate),
    (args) => {
      const list = Array.isArray(args.value) ? args.value : [];
      const index = list.findIndex((item: unknown) => !isLocalDate(item));
      return `${args.property}[${index}] ${JSON.stringify(list[index])} is not a date in the form YYYY-MM-DD`;
    },
  );

const IsPlatformList = () =>
  registerCheck(
    'isPlatformList',
    (value) => !Array.isArray(value) || value.every((item) => typeof item === 'string' && normalizePlatform(item) !== undefined),
    (args) => {
      const list = Array.isArray(args.value) ? args.value : [];
      const index = list.findIndex((item: unknown) => typeof item !== 'string' || normalizePlatform(item) === undefined);
      return `${args.property}[${index}] ${JSON.stringify(list[index])} is not a supported platform; use one of ${SUPPORTED_PLATFORMS.join(', ')}`;
    },
  );

const IsPostsPerWeek = () =>
  registerCheck(
    'isPostsPerWeek',
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(value).every(
        ([platform, count]) => normalizePlatform(platform) !== undefined && typeof count === 'number' && count >= 0 && count <= 21,
      ),
    (args) => {
      const entries = Object.entries((args.value ?? {}) as Record<string, unknown>);
      const bad = entries.find(([platform]) => normalizePlatform(platform) === undefined);
      if (bad) {
        return `${args.property}.${bad[0]} is not a supported platform; use one of ${SUPPORTED_PLATFORMS.join(', ')}`;
      }
      const badCount = entries.find(([, count]) => typeof count !== 'number' || count < 0 || count > 21);
      return badCount
        ? `${args.property}.${badCount[0]} must be a number of posts per week from 0 to 21, got ${JSON.stringify(badCount[1])}`
        : `${args.property} must be an object of platform → posts per week`;
    },
  );

const IsWeekCount = () =>
  registerCheck(
    'isWeekCount',
    (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 52,
    (args) => `${args.property} must be a whole number from 1 to 52, got ${JSON.stringify(args.value)}`,
  );

const IsHolidayCountry = () =>
  registerCheck(
    'isHolidayCountry',
    (value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isKnownHolidayCountry(value),
    (args) => `${args.property} ${JSON.stringify(args.value)} is not an ISO 3166 alpha-2 country with known public holidays, such as 'DE' or 'US'`,
  );

export class CreateCalendarGenerationDto {
  @ApiProperty({ description: 'First day of the calendar, a local date in the calendar time zone', example: '2027-01-04', format: 'date' })
  @IsLocalDate()
  startDate: string;

  @ApiPropertyOptional({ description: 'Length in weeks, 1 to 52; give this or endDate', minimum: 1, maximum: 52, example: 8 })
  @IsOptional()
  @IsWeekCount()
  weeks?: number;

  @ApiPropertyOptional({ description: 'Last day of the calendar, inclusive; give this or weeks. At most 52 weeks after startDate.', format: 'date', example: '2027-02-28' })
  @IsOptional()
  @IsLocalDate()
  endDate?: string;

  @ApiPropertyOptional({ description: "IANA time zone of the audience; default: the strategy's optimalTiming.timezone, else UTC with a warning", example: 'Europe/Berlin' })
  @IsOptional()
  @IsString()
  @IsIanaTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ description: 'Platforms to plan for, replacing the channels the strategy names', example: ['blog', 'linkedin', 'email'], enum: SUPPORTED_PLATFORMS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUPPORTED_PLATFORMS.length)
  @IsPlatformList()
  platforms?: string[];

  @ApiPropertyOptional({ description: 'Local dates that get no post; a post planned there moves to another day of the same week where possible', example: ['2027-01-06'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RANGE_DAYS)
  @IsLocalDateList()
  blackoutDates?: string[];

  @ApiPropertyOptional({ description: 'ISO 3166 alpha-2 country whose public holidays get no post', example: 'DE' })
  @IsOptional()
  @IsHolidayCountry()
  holidayCountry?: string;

  @ApiPropertyOptional({
    description: 'Posts per week by platform, 0 to 21, replacing the planned frequency (still capped by team capacity)',
    example: { linkedin: 3, blog: 1 },
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsOptional()
  @IsObject()
  @IsPostsPerWeek()
  postsPerWeek?: Record<string, number>;
}
