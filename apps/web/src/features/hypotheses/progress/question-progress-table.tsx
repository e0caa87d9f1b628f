import { HYPOTHESIS_STATUSES } from '@ketenlab/domain';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ProjectHypothesisProgressQuery } from '../../../gql/graphql';
import { AppLink } from '../../../shared/links';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import { StatusBar } from './status-bar';

type Progress = ProjectHypothesisProgressQuery['project']['hypothesisProgress'];

/** Per question, how many hypotheses stand in each status: a real table, the bar only repeats it. */
export function QuestionProgressTable({
  projectId,
  questions,
}: {
  projectId: string;
  questions: Progress['questions'];
}) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  return (
    <div className="kl-table-scroll">
      <Table className="kl-table kl-progress-table">
        <TableCaption>{t('progress.perQuestion')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('progress.question')}</TableHeaderCell>
            {HYPOTHESIS_STATUSES.map((status) => (
              <TableHeaderCell key={status} scope="col" className="kl-numeric">
                {terms.status(status)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="kl-numeric">
              {t('progress.total')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {questions.map((question) => (
            <TableRow key={question.questionId}>
              <TableHeaderCell scope="row">
                <AppLink to={`/projecten/${projectId}/vragen/${question.questionId}`}>
                  {question.title}
                </AppLink>
                <StatusBar counts={question.counts} total={question.total} />
              </TableHeaderCell>
              {question.counts.map(({ status, count }) => (
                <TableCell key={status} className="kl-numeric">
                  {count}
                </TableCell>
              ))}
              <TableCell className="kl-numeric">{question.total}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
