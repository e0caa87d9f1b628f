import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { SearchHit } from './search-index';

@ObjectType('SearchHit')
export class SearchHitType implements SearchHit {
  @Field({ description: 'What was found: project, question or hypothesis (more kinds follow).' })
  kind!: string;

  @Field(() => ID)
  objectId!: string;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'Plain text around the first match.' })
  snippet!: string;

  @Field(() => Float)
  rank!: number;
}
