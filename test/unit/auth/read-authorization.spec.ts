import type { Request } from 'express';

import { readAuthorization } from '../../../src/auth/auth.decorators';

function withHeader(authorization: string | undefined): Request {
  return { headers: authorization === undefined ? {} : { authorization } } as Request;
}

describe('readAuthorization', () => {
  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['spaces only', '   '],
  ])('reads %s as missing', (_case, header) => {
    expect(readAuthorization(withHeader(header))).toEqual({ kind: 'missing' });
  });

  it.each([
    ['Bearer cad_key', 'cad_key'],
    ['bearer cad_key', 'cad_key'],
    ['  Bearer   cad_key  ', 'cad_key'],
  ])('reads %j as a bearer token', (header, token) => {
    expect(readAuthorization(withHeader(header))).toEqual({ kind: 'bearer', token });
  });

  it.each([
    ['Basic cad_key', 'the scheme is not Bearer'],
    ['Token cad_key', 'the scheme is not Bearer'],
    ['cad_key', 'the scheme is not Bearer'],
    ['Bearer', 'there is no token after Bearer'],
    ['Bearer cad_key extra', 'there are 2 words after Bearer instead of one token'],
  ])('reads %j as malformed', (header, reason) => {
    expect(readAuthorization(withHeader(header))).toEqual({ kind: 'malformed', reason });
  });

  it('never quotes the header in the reason', () => {
    const result = readAuthorization(withHeader('Basic secret-value'));
    expect(JSON.stringify(result)).not.toContain('secret-value');
  });
});
