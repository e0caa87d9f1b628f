import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaSdl } from './schema-sdl';

describe('published GraphQL schema', () => {
  it('matches the code (run `npm run schema` after changing resolvers or types)', async () => {
    const published = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    expect(await schemaSdl()).toBe(published);
  });
});
