import { useMutation, useQuery } from '@apollo/client/react';
import { allowsProject, LIMITS, type ExpectedDirection } from '@ketenlab/domain';
import { ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { hasProblem } from '../../../shared/errors';
import {
  CheckboxGroupField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextareaField,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
} from '../../../shared/forms';
import { AppButtonLink, AppLink } from '../../../shared/links';
import { Forbidden, Loading, PageHeading, QueryError, usePageTitle } from '../../../shared/page';
import { boardPath, hypothesisPath } from '../hypothesis-paths';
import { HYPOTHESIS_QUERIES } from '../live/use-live-hypotheses';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import { parseTags, tagsFit } from './tag-list';

const ProposeHypothesisPageQuery = graphql(`
  query ProposeHypothesisPage($projectId: ID!) {
    project(id: $projectId) {
      id
      title
      myRelation
      ownerOrganisation {
        id
        name
      }
      partners {
        id
        name
      }
      questions {
        id
        title
      }
    }
  }
`);

const ProposeHypothesisMutation = graphql(`
  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {
    proposeHypothesis(input: $input) {
      ...HypothesisCardFields
    }
  }
`);

const FIELDS = [
  'questionId',
  'statement',
  'rationale',
  'expectedDirection',
  'partnerOrganisationIds',
  'tags',
] as const;
type Field = (typeof FIELDS)[number];

/** A new hypothesis under one of the project's questions; the proposer becomes its owner. */
export function ProposeHypothesisPage() {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const navigate = useNavigate();
  const { projectId = '' } = useParams();
  const [search] = useSearchParams();
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS);
  const validation = useValidationText();
  const { data, loading, error, refetch } = useQuery(ProposeHypothesisPageQuery, {
    variables: { projectId },
  });
  const [questionId, setQuestionId] = useState(search.get('vraag') ?? '');
  const [statement, setStatement] = useState('');
  const [rationale, setRationale] = useState('');
  const [direction, setDirection] = useState<ExpectedDirection | 'none'>('none');
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [tagText, setTagText] = useState('');
  const [propose, { loading: sending }] = useMutation(ProposeHypothesisMutation, {
    refetchQueries: HYPOTHESIS_QUERIES,
  });
  usePageTitle(t('propose.title'));

  const project = data?.project;
  if (loading && !project) return <Loading />;
  if (!project) {
    if (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND')) return <Forbidden />;
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  if (!allowsProject('hypothesis.propose', project.myRelation)) return <Forbidden />;
  const questions = project.questions;
  const chosenQuestion = questions.some((q) => q.id === questionId) ? questionId : '';

  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    if (!chosenQuestion) found.questionId = validation.choose(t('propose.question'));
    const trimmed = statement.trim();
    if (!trimmed) found.statement = validation.required(t('propose.statement'));
    else if (trimmed.length < LIMITS.hypothesisStatementMin)
      found.statement = validation.minLength(t('propose.statement'), LIMITS.hypothesisStatementMin);
    if (!tagsFit(parseTags(tagText))) found.tags = t('propose.tagsDescription');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending || !problems.check(check())) return;
    try {
      const { data: result } = await propose({
        variables: {
          input: {
            questionId: chosenQuestion,
            statement: statement.trim(),
            rationale: rationale.trim(),
            expectedDirection: direction === 'none' ? null : direction,
            partnerOrganisationIds: partnerIds,
            tags: parseTags(tagText),
          },
        },
      });
      if (result) void navigate(hypothesisPath(project.id, result.proposeHypothesis.id));
    } catch (failure) {
      problems.showError(failure);
    }
  };

  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={boardPath(project.id)}>{t('propose.back')}</AppLink>
      </Paragraph>
      <PageHeading>{t('propose.title')}</PageHeading>
      <Paragraph className="kl-lead-in">{t('propose.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="kl-form kl-narrow">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <SelectField
          id={ids.questionId}
          label={t('propose.question')}
          placeholder={t('propose.questionPlaceholder')}
          value={chosenQuestion}
          options={questions.map((q) => ({ value: q.id, label: q.title }))}
          onChange={setQuestionId}
          error={problems.fields.questionId}
        />
        <TextareaField
          id={ids.statement}
          label={t('propose.statement')}
          description={t('propose.statementDescription')}
          maxLength={LIMITS.hypothesisStatementMax}
          rows={3}
          value={statement}
          onChange={setStatement}
          error={problems.fields.statement}
        />
        <TextareaField
          id={ids.rationale}
          label={t('propose.rationale')}
          description={t('propose.rationaleDescription')}
          optional
          maxLength={LIMITS.hypothesisRationaleMax}
          value={rationale}
          onChange={setRationale}
          error={problems.fields.rationale}
        />
        <SelectField
          id={ids.expectedDirection}
          label={t('propose.direction')}
          value={direction}
          options={[
            { value: 'none', label: t('propose.directionNone') },
            ...terms.directionOptions,
          ]}
          onChange={setDirection}
          error={problems.fields.expectedDirection}
        />
        <CheckboxGroupField
          id={ids.partnerOrganisationIds}
          legend={t('propose.partners')}
          options={[project.ownerOrganisation, ...project.partners].map((o) => ({
            value: o.id,
            label: o.name,
          }))}
          value={partnerIds}
          onChange={setPartnerIds}
          error={problems.fields.partnerOrganisationIds}
        />
        <TextField
          id={ids.tags}
          label={t('propose.tags')}
          description={t('propose.tagsDescription')}
          optional
          value={tagText}
          onChange={setTagText}
          error={problems.fields.tags}
        />
        <ButtonGroup>
          <SubmitButton busy={sending}>{t('propose.submit')}</SubmitButton>
          <AppButtonLink to={boardPath(project.id)}>{t('propose.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
