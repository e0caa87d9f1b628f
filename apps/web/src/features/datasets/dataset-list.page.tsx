import { useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { hasProblem } from '../../shared/errors';
import { useNumberFormat } from '../../shared/format';
import { AppButtonLink, AppLink } from '../../shared/links';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import './datasets.css';
import { catalogueDcatUrl, datasetPath, newDatasetPath } from './dataset-path';
import { useDatasetTerms } from './use-dataset-terms';

const ProjectDatasetsQuery = graphql(`
  query ProjectDatasets($projectId: ID!) {
    project(id: $projectId) {
      id
      title
      myRelation
      datasets {
        id
        title
        accessClass
        updateFrequency
        ownerOrganisation {
          id
          name
        }
        latestVersion {
          id
          number
          rowCount
        }
      }
    }
  }
`);

/** A project's datasets: what they are, whose, how open, how fresh, how big. */
export function DatasetListPage() {
  const { t } = useTranslation('datasets');
  const terms = useDatasetTerms();
  const format = useNumberFormat();
  const { projectId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProjectDatasetsQuery, {
    variables: { projectId },
  });
  const project = data?.project;
  const unavailable =
    !project && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND'));
  usePageTitle(
    project
      ? t('list.title', { project: project.title })
      : unavailable
        ? t('page.unavailableTitle')
        : t('list.pageTitle'),
  );

  if (loading && !project) return <Loading />;
  if (!project) {
    if (unavailable) {
      return (
        <>
          <PageHeading>{t('page.unavailableTitle')}</PageHeading>
          <Paragraph>{t('page.unavailable')}</Paragraph>
        </>
      );
    }
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  const datasets = project.datasets;
  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={`/projecten/${project.id}`}>
          {t('list.back', { project: project.title })}
        </AppLink>
      </Paragraph>
      <div className="kl-title-row">
        <PageHeading>{t('list.title', { project: project.title })}</PageHeading>
        {allowsProject('dataset.create', project.myRelation) ? (
          <AppButtonLink to={newDatasetPath(project.id)} appearance="primary">
            {t('list.create')}
          </AppButtonLink>
        ) : null}
      </div>
      <Paragraph>{t('section.intro')}</Paragraph>
      {datasets.length ? (
        <Paragraph>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={catalogueDcatUrl(project.id)}
            download
          >
            {t('list.catalogue')}
          </a>{' '}
          <span className="kl-muted">{t('page.dcatHint')}</span>
        </Paragraph>
      ) : null}
      {datasets.length === 0 ? (
        <Paragraph>{t('list.empty')}</Paragraph>
      ) : (
        <div className="kl-table-scroll">
          <Table className="kl-table">
            <TableCaption className="kl-visually-hidden">{t('list.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('list.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.owner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.accessClass')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.frequency')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.latest')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="kl-numeric">
                  {t('list.rows')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {datasets.map((dataset) => (
                <TableRow key={dataset.id}>
                  <TableHeaderCell scope="row" className="kl-break">
                    <AppLink to={datasetPath(project.id, dataset.id)}>{dataset.title}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{dataset.ownerOrganisation.name}</TableCell>
                  <TableCell>{terms.accessClass(dataset.accessClass)}</TableCell>
                  <TableCell>{terms.frequency(dataset.updateFrequency)}</TableCell>
                  <TableCell>
                    {dataset.latestVersion ? (
                      t('list.versionNumber', { number: dataset.latestVersion.number })
                    ) : (
                      <span className="kl-muted">{t('list.noVersion')}</span>
                    )}
                  </TableCell>
                  <TableCell className="kl-numeric">
                    {dataset.latestVersion ? format.integer(dataset.latestVersion.rowCount) : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
