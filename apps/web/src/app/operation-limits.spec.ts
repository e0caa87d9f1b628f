import { depthLimit } from '@graphile/depth-limit';
import { OPERATION_LIMITS } from '@ketenlab/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, specifiedRules, validate, type DocumentNode } from 'graphql';
import * as generated from '../gql/graphql';

// The schema the API prints from its code; a test of the API's fails when this file drifts.
const schema = buildSchema(readFileSync(join(__dirname, '../../../api/schema.graphql'), 'utf8'));
// Operations only: a fragment's own document is not sent.
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === 'object' &&
    (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
    (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
);

describe("the web's operations", () => {
  it('are all found', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it.each(documents)('%s stays within the API’s operation limits', (_name, document) => {
    const rules = [...specifiedRules, depthLimit({ ...OPERATION_LIMITS, revealDetails: true })];
    expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
  });
});
