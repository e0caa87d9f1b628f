import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ACCESS_CLASSES,
  DATASET_LICENCES,
  DATASET_THEMES,
  EMAIL_PATTERN,
  LIMITS,
  UPDATE_FREQUENCIES,
  type AccessClass,
  type DatasetLicence,
  type DatasetTheme,
  type UpdateFrequencyCode,
} from '@ketenlab/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  AccessClassEnum,
  DatasetLicenceEnum,
  DatasetThemeEnum,
  UpdateFrequencyEnum,
} from '../common/graphql/domain-enums';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The metadata fields both inputs share. Each mandatory field has its own message, so a form
 * can put it beside the field; the rules that span fields (legal basis for personal data,
 * coverage order, organisations that exist) are the service's.
 */
@InputType({ isAbstract: true })
abstract class DatasetMetadataFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.datasetTitleMin, LIMITS.datasetTitleMax, {
    message: `Give the dataset a title of ${LIMITS.datasetTitleMin} to ${LIMITS.datasetTitleMax} characters.`,
  })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.datasetDescriptionMax, {
    message: `Describe the dataset (at most ${LIMITS.datasetDescriptionMax} characters).`,
  })
  description?: string;

  @Field({
    nullable: true,
    description: 'dct:identifier; a URN with the dataset id is made when it is left out.',
  })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.datasetIdentifierMax, {
    message: `An identifier has 1 to ${LIMITS.datasetIdentifierMax} characters.`,
  })
  identifier?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The publishing organisation; yours by default.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the publishing organisation.' })
  publisherOrganisationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that made the data; yours by default.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the organisation that made the data.' })
  creatorOrganisationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.datasetContactNameMax, {
    message: 'Name a contact point: who answers questions about this dataset.',
  })
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.emailMax)
  @Matches(EMAIL_PATTERN, { message: 'Give the contact point an e-mail address.' })
  contactEmail?: string;

  @Field(() => DatasetThemeEnum, { nullable: true })
  @IsOptional()
  @IsIn(DATASET_THEMES, { message: 'Choose a theme.' })
  theme?: DatasetTheme;

  @Field(() => DatasetLicenceEnum, { nullable: true })
  @IsOptional()
  @IsIn(DATASET_LICENCES, { message: 'Choose a licence.' })
  licence?: DatasetLicence;

  @Field(() => AccessClassEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACCESS_CLASSES, { message: 'Choose an access class.' })
  accessClass?: AccessClass;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the access class is personal data.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.datasetLegalBasisMax)
  legalBasis?: string | null;

  @Field(() => UpdateFrequencyEnum, { nullable: true })
  @IsOptional()
  @IsIn(UPDATE_FREQUENCIES, { message: 'Choose how often the dataset is updated.' })
  updateFrequency?: UpdateFrequencyCode;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'Write the start of the temporal coverage as YYYY-MM-DD.' })
  temporalStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'Write the end of the temporal coverage as YYYY-MM-DD.' })
  temporalEnd?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.datasetCoverageMax)
  spatialCoverage?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.datasetSourceMax)
  source?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.datasetKeywordsMax)
  @IsString({ each: true })
  @Length(1, LIMITS.datasetKeywordMax, {
    each: true,
    message: `A keyword has 1 to ${LIMITS.datasetKeywordMax} characters.`,
  })
  keywords?: string[];
}

/**
 * A new dataset, without rows yet (versions are uploaded over HTTP). Title, description,
 * contact point, theme, licence, access class and update frequency are mandatory; the
 * service names the first one missing.
 */
@InputType()
export class CreateDatasetInput extends DatasetMetadataFields {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Organisations besides yours whose members may read the rows.',
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.datasetRowOrganisationsMax)
  @IsUUID('all', { each: true })
  rowOrganisationIds!: string[];
}

/** Omitted fields stay as they are; `legalBasis`, `temporalStart/End: null` clear them. */
@InputType()
export class UpdateDatasetInput extends DatasetMetadataFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class SetDatasetRowAccessInput {
  @Field(() => ID)
  @IsUUID()
  datasetId!: string;

  @Field(() => [ID], { description: 'Organisations besides the owner that may read the rows.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.datasetRowOrganisationsMax)
  @IsUUID('all', { each: true })
  organisationIds!: string[];
}
