import { v5 as referenceV5 } from 'uuid';
import { uuidV5 } from '../../src/support';

// Every id in a store was made by the `uuid` package's v5 before uuidV5 replaced it: one differing
// id would split an entity, a claim or a fact in two.
const NAMESPACES = ['5b1f0d3e-7c0a-4b8e-9a52-2f6f4c1d8e10', '0c7a2d55-3f1e-4d8b-9b64-8e2f5a6c1d3b', '8d0a6f3c-2b9e-5c1a-9e77-41c2f5b0d6a4', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8'];

const NAMES = [
  '',
  'entity|COUNTRY|north korea',
  'claim|9c1e…|(SOURCE)|a|CAPTURED_BY|b|ASSERTED|about:2-3:soldiers|2024-12|',
  'entity|PERSON|zürich café',
  'source|url|https://example.org/news/ü?q=ключ&x=1',
  'emoji 🛰️ and a combining mark: é',
  'x'.repeat(10_000),
];

describe('uuidV5', () => {
  it('gives the RFC 9562 example: "www.example.com" in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it.each(NAMESPACES)('gives the uuid package’s ids in namespace %s', (namespace) => {
    for (const name of NAMES) expect(uuidV5(name, namespace)).toBe(referenceV5(name, namespace));
  });

  it('gives the same id on every call (the namespace is parsed once)', () => {
    const first = uuidV5('entity|COUNTRY|ukraine', NAMESPACES[0]!);
    expect(uuidV5('entity|COUNTRY|ukraine', NAMESPACES[0]!)).toBe(first);
    expect(uuidV5('entity|COUNTRY|ukraine', NAMESPACES[1]!)).not.toBe(first);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('name', 'not-a-uuid')).toThrow('expected a UUID as the namespace, got "not-a-uuid"');
  });
});
