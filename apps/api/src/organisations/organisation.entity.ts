import type { OrganisationKind } from '@ketenlab/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKindEnum } from '../common/graphql/domain-enums';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@ObjectType('Organisation')
@Entity('organisations')
export class Organisation {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', unique: true })
  name!: string;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'varchar' })
  kind!: OrganisationKind;

  @Field({ description: 'Presence colour, #rrggbb.' })
  @Column({ type: 'varchar' })
  colour!: string;

  @Field()
  @CreateDateColumn()
  createdAt!: Date;
}
