import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@ketenlab/domain';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; or set `all`.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.pageSizeMax)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Every notification you have.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
