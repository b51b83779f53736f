import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

/** The body of every error response. */
export class ErrorResponseDto {
  @ApiProperty({ description: 'HTTP status code', example: 400 })
  statusCode: number;

  @ApiProperty({ description: 'HTTP reason phrase', example: 'Bad Request' })
  error: string;

  @ApiProperty({
    description: 'What failed; a list when several fields are invalid',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: ["optimalTiming.timezone 'Mars/Base' is not an IANA time zone; use a name such as 'Europe/Berlin'"],
  })
  message: string | string[];
}

/** 401 for a missing or unknown API key. */
export const ApiAuthErrors = () =>
  applyDecorators(ApiUnauthorizedResponse({ description: 'Missing or invalid API key', type: ErrorResponseDto }));

/** 401 for a wrong admin token, 404 while ADMIN_TOKEN is unset. */
export const ApiAdminErrors = () =>
  applyDecorators(
    ApiUnauthorizedResponse({ description: 'Missing or invalid admin token', type: ErrorResponseDto }),
    ApiNotFoundResponse({ description: 'Admin endpoints are disabled: ADMIN_TOKEN is not set', type: ErrorResponseDto }),
  );

/** 400 for invalid input, 413 for a body over MAX_BODY_BYTES. */
export const ApiValidationErrors = () =>
  applyDecorators(
    ApiBadRequestResponse({ description: 'Invalid input; the message names each invalid field', type: ErrorResponseDto }),
    ApiPayloadTooLargeResponse({ description: 'Body larger than MAX_BODY_BYTES', type: ErrorResponseDto }),
  );

/** 404 for an id that does not exist or belongs to another user. */
export const ApiNotFound = (what: string) =>
  applyDecorators(ApiNotFoundResponse({ description: `${what} not found for this user`, type: ErrorResponseDto }));
