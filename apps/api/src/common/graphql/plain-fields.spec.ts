import { NestFactory } from '@nestjs/core';
import {
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { graphql, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { leavePlainFieldsToExecutor } from './plain-fields';

@ObjectType()
class PlainFieldsSpecItem {
  @Field()
  title!: string;

  @Field({ name: 'to' })
  toStatus!: string;

  @Field({ defaultValue: 'none' })
  note?: string;
}

@Resolver(() => PlainFieldsSpecItem)
class PlainFieldsSpecResolver {
  @Query(() => PlainFieldsSpecItem)
  item(): PlainFieldsSpecItem {
    return { title: 'Schulden per wijk', toStatus: 'supported' };
  }
}

/** The schema as Nest builds it from classes, so the resolvers are Nest's own. */
async function nestSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  try {
    return await app.get(GraphQLSchemaFactory).create([PlainFieldsSpecResolver]);
  } finally {
    await app.close();
  }
}

const fieldsOf = (schema: GraphQLSchema) =>
  (schema.getType('PlainFieldsSpecItem') as GraphQLObjectType).getFields();

describe('plain fields', () => {
  it("recognises Nest's reader of a same-named property and leaves the read to the executor", async () => {
    const schema = await nestSchema();
    expect(fieldsOf(schema)['title']?.resolve).toBeDefined();
    leavePlainFieldsToExecutor(schema);
    expect(fieldsOf(schema)['title']?.resolve).toBeUndefined();
  });

  it('keeps the resolver of a renamed field and of a field with a default', async () => {
    const schema = leavePlainFieldsToExecutor(await nestSchema());
    expect(fieldsOf(schema)['to']?.resolve).toBeDefined();
    expect(fieldsOf(schema)['note']?.resolve).toBeDefined();
  });

  it('answers the same as before', async () => {
    const source = '{ item { title to note } }';
    const rootValue = { item: { title: 'Schulden per wijk', toStatus: 'supported' } };
    const before = await graphql({ schema: await nestSchema(), source, rootValue });
    const after = await graphql({
      schema: leavePlainFieldsToExecutor(await nestSchema()),
      source,
      rootValue,
    });
    expect(after).toEqual(before);
    expect(after.data).toEqual({
      item: { title: 'Schulden per wijk', to: 'supported', note: 'none' },
    });
  });
});
