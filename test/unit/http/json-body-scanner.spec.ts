import { JsonBodyRejectedError, scanJsonBody } from '../../../src/common/http/json-body-scanner';

const LIMITS = { maxDepth: 4, maxMembers: 10, maxObjectKeys: 5 };

function scan(text: string, limits = LIMITS): void {
  scanJsonBody(Buffer.from(text, 'utf8'), limits);
}

function rejection(text: string | Buffer, limits = LIMITS): string {
  try {
    scanJsonBody(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonBodyRejectedError);
    return (error as Error).message;
  }
  throw new Error(`expected a rejection of ${String(text)}`);
}

describe('scanJsonBody accepted bodies', () => {
  it.each([
    ['an empty object', '{}'],
    ['nested values', '{"a": {"b": [1, "x", true, null, {"c": -2.5e3}]}}'],
    ['escapes', '{"a": "line\\nbreak \\"quoted\\" \\\\ \\u00e9 \\ud83d\\ude00"}'],
    ['raw UTF-8 text', '{"a": "Grüße 😀"}'],
    ['a reserved name as a value', '{"a": "__proto__", "b": ["constructor"]}'],
    ['a key that only contains a reserved name', '{"my_constructor": 1, "toStringValue": 2}'],
    ['the largest double', '{"a": 1.7976931348623157e308, "b": -1e-400}'],
    ['a byte order mark', '\ufeff{"a": 1}'],
  ])('accepts %s', (_case, text) => {
    expect(() => scan(text)).not.toThrow();
  });

  it('accepts the limits exactly', () => {
    expect(() => scan('{"a": {"b": {"c": [1]}}}')).not.toThrow();
    expect(() => scan('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}')).not.toThrow();
    expect(() => scan('{"a": [1, 2, 3, 4, 5, 6, 7, 8, 9]}')).not.toThrow();
  });

  it.each([
    ['a syntax error', '{"a": }'],
    ['an unterminated string', '{"a": "abc'],
    ['a truncated escape', '{"a": "\\u12'],
    ['a string root', '"text"'],
    ['trailing data', '{} []'],
  ])('leaves %s to the parser', (_case, text) => {
    expect(() => scan(text)).not.toThrow();
  });
});

describe('scanJsonBody rejected bodies', () => {
  it('rejects a list as the root', () => {
    expect(rejection('[{"name": "x"}]')).toBe(
      'Request body must be a JSON object, got a list; wrap the list in an object field',
    );
    expect(rejection('  \n[]')).toMatch(/must be a JSON object/);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(rejection(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]))).toBe(
      'Request body is not valid UTF-8; send the JSON encoded as UTF-8',
    );
  });

  it('rejects a NUL escape in a value with its path', () => {
    expect(rejection('{"a": {"b": ["ok", "x\\u0000y"]}}')).toBe(
      'a.b[1] contains a NUL character (\\u0000), which cannot be stored; remove it',
    );
  });

  it('rejects a NUL escape in a key naming the object', () => {
    expect(rejection('{"a": {"b\\u0000": 1}}')).toMatch(/^A key of a contains a NUL character/);
    expect(rejection('{"\\u0000": 1}')).toMatch(/^A key of the request body contains a NUL character/);
  });

  it.each([
    ['a lone high surrogate', '{"name": "a\\ud800b"}', '\\ud800'],
    ['a lone low surrogate', '{"name": "a\\udc00"}', '\\udc00'],
    ['a high surrogate at the end', '{"name": "\\uD83D"}', '\\ud83d'],
    ['two high surrogates', '{"name": "\\ud83d\\ud83d"}', '\\ud83d'],
  ])('rejects %s', (_case, text, escape) => {
    expect(rejection(text)).toBe(
      `name contains an unpaired UTF-16 surrogate (${escape}), which is not valid Unicode; ` +
        'send complete surrogate pairs or plain UTF-8',
    );
  });

  it('finds an escape after escaped quotes and backslashes', () => {
    expect(rejection('{"a": "\\"\\\\", "b": "\\\\\\u0000"}')).toMatch(/^b contains a NUL character/);
  });

  it.each([
    ['__proto__', '{"__proto__": {"polluted": true}}', '__proto__'],
    ['constructor in a nested object', '{"qualityMetrics": {"constructor": 1}}', 'qualityMetrics.constructor'],
    ['toString in a list item', '{"items": [{}, {"toString": 1}]}', 'items[1].toString'],
    ['hasOwnProperty', '{"hasOwnProperty": 1}', 'hasOwnProperty'],
    ['prototype', '{"a": {"prototype": {}}}', 'a.prototype'],
    ['an escaped __proto__', '{"\\u005f_proto__": 1}', '__proto__'],
  ])('rejects the reserved key %s with its path', (_case, text, path) => {
    expect(rejection(text)).toBe(
      `Key ${path} is not accepted because __proto__, prototype and the names of Object.prototype members, ` +
        'such as constructor and toString, are reserved; rename the key',
    );
  });

  it('rejects nesting deeper than the limit with its path', () => {
    expect(rejection('{"a": {"b": {"c": [[1]]}}}')).toBe(
      'Request body is nested deeper than 4 levels of objects and lists at a.b.c[0]; send at most 4 levels',
    );
  });

  it('rejects deep nesting before reading further', () => {
    const deep = `{"a": ${'['.repeat(100_000)}`;
    expect(rejection(deep)).toMatch(/nested deeper than 4 levels/);
  });

  it('cuts a long path in the message', () => {
    const limits = { ...LIMITS, maxDepth: 200, maxMembers: 1000 };
    const message = rejection(`{"a": ${'['.repeat(201)}`, limits);
    expect(message).toContain('a[0][0]');
    expect(message.length).toBeLessThan(250);
  });

  it('rejects more members than the limit', () => {
    expect(rejection('{"a": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}')).toBe(
      'Request body has more than 10 object members and list items in total; send at most 10',
    );
    expect(rejection('{"a": [[], [], [], [], [], [], [], [], [], [], []]}')).toMatch(/more than 10 object members/);
  });

  it('rejects an object with more keys than the limit', () => {
    expect(rejection('{"a": {"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6}}')).toBe(
      'Object a has more than 5 keys; send at most 5 keys per object',
    );
    expect(rejection('{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6}')).toMatch(
      /^The request body has more than 5 keys/,
    );
  });

  it.each([
    ['1e400', '{"budget": 1e400}', 'budget', '1e400'],
    ['-1e400', '{"a": [0, -1E+400]}', 'a[1]', '-1E+400'],
    ['400 digits', `{"n": ${'9'.repeat(400)}}`, 'n', `${'9'.repeat(60)}…`],
  ])('rejects the number %s as not finite', (_case, text, path, shown) => {
    expect(rejection(text)).toBe(`${path} must be a finite number, got ${shown}`);
  });

  it('uses the default limits without an argument', () => {
    expect(() => scanJsonBody(Buffer.from(`{"a": ${'['.repeat(63)}${']'.repeat(63)}}`))).not.toThrow();
    expect(() => scanJsonBody(Buffer.from(`{"a": ${'['.repeat(64)}${']'.repeat(64)}}`))).toThrow(/deeper than 64 levels/);
  });
});
