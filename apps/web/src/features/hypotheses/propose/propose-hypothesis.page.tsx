import { useMutation, useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { hasProblem } from '../../../shared/errors';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
} from '../../../shared/forms';
import { AppButtonLink, AppLink } from '../../../shared/links';
import { Forbidden, Loading, PageHeading, QueryError, usePageTitle } from '../../../shared/page';
import { ClaimFields } from '../form/claim-fields';
import { HYPOTHESIS_DRAFT_FIELDS, type HypothesisDraft } from '../form/hypothesis-draft';
import { PartnerAndTagFields } from '../form/partner-and-tag-fields';
import { parseTags } from '../form/tag-list';
import { useHypothesisDraftCheck } from '../form/use-hypothesis-draft-check';
import { boardPath, hypothesisPath } from '../hypothesis-paths';
import { HYPOTHESIS_QUERIES } from '../live/use-live-hypotheses';

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

const FIELDS = ['questionId', ...HYPOTHESIS_DRAFT_FIELDS] as const;
type Field = (typeof FIELDS)[number];

const EMPTY_DRAFT: HypothesisDraft = {
  statement: '',
  rationale: '',
  direction: 'none',
  partnerIds: [],
  tagText: '',
};

/** A new hypothesis under one of the project's questions; the proposer becomes its owner. */
export function ProposeHypothesisPage() {
  const { t } = useTranslation('hypotheses');
  const checkDraft = useHypothesisDraftCheck();
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
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const change = (next: Partial<HypothesisDraft>) => setDraft((d) => ({ ...d, ...next }));
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
    return { ...found, ...checkDraft(draft, { claim: true }) };
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending || !problems.check(check())) return;
    try {
      const { data: result } = await propose({
        variables: {
          input: {
            questionId: chosenQuestion,
            statement: draft.statement.trim(),
            rationale: draft.rationale.trim(),
            expectedDirection: draft.direction === 'none' ? null : draft.direction,
            partnerOrganisationIds: [...draft.partnerIds],
            tags: parseTags(draft.tagText),
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
        <ClaimFields ids={ids} draft={draft} onChange={change} errors={problems.fields} />
        <PartnerAndTagFields
          ids={ids}
          draft={draft}
          onChange={change}
          errors={problems.fields}
          organisations={[project.ownerOrganisation, ...project.partners]}
        />
        <ButtonGroup>
          <SubmitButton busy={sending}>{t('propose.submit')}</SubmitButton>
          <AppButtonLink to={boardPath(project.id)}>{t('propose.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
