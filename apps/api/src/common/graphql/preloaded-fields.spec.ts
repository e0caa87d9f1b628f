import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { preferPreloaded, preloadableFields, withPreloaded } from './preloaded-fields';

const calls: string[] = [];
const Item = new GraphQLObjectType({
  name: 'PreloadSpecItem',
  fields: {
    name: { type: GraphQLString, resolve: (item: { name: string }) => item.name },
    owner: { type: GraphQLString, resolve: () => (calls.push('owner'), 'from resolver') },
    other: { type: GraphQLString, resolve: () => (calls.push('other'), 'from resolver') },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLObjectType({
          name: 'PreloadSpecList',
          fields: {
            // Data with a property of the field's name is not a preload: only the symbol is.
            plain: { type: Item, resolve: () => ({ name: 'plain', owner: 'forged' }) },
            preloaded: {
              type: Item,
              resolve: () =>
                withPreloaded({ name: 'preloaded' }, { owner: 'preloaded', other: 'preloaded' }),
            },
          },
        }),
        resolve: () => ({}),
      },
    },
  }),
});
preloadableFields('PreloadSpecItem', ['owner']);
preferPreloaded(schema);

describe('preloaded fields', () => {
  beforeEach(() => (calls.length = 0));

  it('answers a declared field from the values a resolver attached', async () => {
    const result = await graphql({ schema, source: '{ items { preloaded { name owner } } }' });
    expect(result.data).toEqual({
      items: { preloaded: { name: 'preloaded', owner: 'preloaded' } },
    });
    expect(calls).toEqual([]);
  });

  it('calls the field resolver (and its guard) for objects that carry no values', async () => {
    const result = await graphql({ schema, source: '{ items { plain { owner } } }' });
    expect(result.data).toEqual({ items: { plain: { owner: 'from resolver' } } });
    expect(calls).toEqual(['owner']);
  });

  it('ignores values for fields that were not declared preloadable', async () => {
    const result = await graphql({ schema, source: '{ items { preloaded { other } } }' });
    expect(result.data).toEqual({ items: { preloaded: { other: 'from resolver' } } });
    expect(calls).toEqual(['other']);
  });
});
