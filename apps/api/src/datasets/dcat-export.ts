import { LICENCE_URIS, type AccessClass, type UpdateFrequencyCode } from '@ketenlab/domain';
import type { Organisation } from '../organisations/organisation.entity';
import type { Project } from '../projects/project.entity';
import type { DatasetVersion } from './dataset-version.entity';
import type { Dataset } from './dataset.entity';

/**
 * DCAT (DCAT-AP-NL 3.0 in spirit) as JSON-LD. The context is inline, so the document expands
 * without fetching anything; the vocabularies are the EU authority tables DCAT-AP uses. Only
 * metadata goes out: distributions describe files (name, size, type, date), never their rows
 * or a download link.
 */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority';

const ACCESS_RIGHTS: Record<AccessClass, string> = {
  open: 'PUBLIC',
  internal: 'RESTRICTED',
  confidential: 'NON_PUBLIC',
  personal_data: 'NON_PUBLIC',
};

const FREQUENCIES: Record<UpdateFrequencyCode, string> = {
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  quarterly: 'QUARTERLY',
  biannual: 'ANNUAL_2',
  annual: 'ANNUAL',
  biennial: 'BIENNIAL',
  irregular: 'IRREG',
  never: 'NEVER',
};

const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface DcatDatasetInput {
  dataset: Dataset;
  versions: readonly DatasetVersion[];
  organisations: ReadonlyMap<string, Organisation>;
}

type Node = Record<string, unknown>;

const nl = (value: string) => ({ '@value': value, '@language': 'nl' });
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });

export function dcatDataset(publicUrl: string, input: DcatDatasetInput): Node {
  const { dataset, versions, organisations } = input;
  const agent = (id: string): Node => ({
    '@id': `${publicUrl}/organisaties/${id}`,
    '@type': 'foaf:Agent',
    'foaf:name': organisations.get(id)?.name ?? id,
  });
  const node: Node = {
    '@id': `${publicUrl}/datasets/${dataset.id}`,
    '@type': 'dcat:Dataset',
    'dct:title': nl(dataset.title),
    'dct:description': nl(dataset.description),
    'dct:identifier': dataset.identifier,
    'dct:publisher': agent(dataset.publisherOrganisationId),
    'dct:creator': agent(dataset.creatorOrganisationId),
    'dcat:contactPoint': {
      '@type': 'vcard:Kind',
      'vcard:fn': dataset.contactName,
      'vcard:hasEmail': { '@id': `mailto:${dataset.contactEmail}` },
    },
    'dcat:theme': { '@id': `${EU}/data-theme/${dataset.theme}` },
    'dct:license': { '@id': LICENCE_URIS[dataset.licence] },
    'dct:accessRights': { '@id': `${EU}/access-right/${ACCESS_RIGHTS[dataset.accessClass]}` },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/${FREQUENCIES[dataset.updateFrequency]}` },
    'dcat:keyword': dataset.keywords.map(nl),
    'dct:issued': typed(dataset.createdAt.toISOString(), 'xsd:dateTime'),
    'dct:modified': typed(
      (versions[0]?.createdAt ?? dataset.updatedAt).toISOString(),
      'xsd:dateTime',
    ),
    'dcat:distribution': versions.map((version) => ({
      '@id': `${publicUrl}/datasets/${dataset.id}/versies/${version.number}`,
      '@type': 'dcat:Distribution',
      'dct:title': version.fileName,
      'dcat:mediaType': {
        '@id': `https://www.iana.org/assignments/media-types/${MEDIA_TYPES[version.format]}`,
      },
      'dcat:byteSize': typed(String(version.byteSize), 'xsd:nonNegativeInteger'),
      'dct:issued': typed(version.createdAt.toISOString(), 'xsd:dateTime'),
      'dct:license': { '@id': LICENCE_URIS[dataset.licence] },
    })),
  };
  if (dataset.legalBasis) {
    node['dct:rights'] = { '@type': 'dct:RightsStatement', 'rdfs:label': nl(dataset.legalBasis) };
  }
  if (dataset.temporalStart || dataset.temporalEnd) {
    node['dct:temporal'] = {
      '@type': 'dct:PeriodOfTime',
      ...(dataset.temporalStart && { 'dcat:startDate': typed(dataset.temporalStart, 'xsd:date') }),
      ...(dataset.temporalEnd && { 'dcat:endDate': typed(dataset.temporalEnd, 'xsd:date') }),
    };
  }
  if (dataset.spatialCoverage) {
    node['dct:spatial'] = { '@type': 'dct:Location', 'rdfs:label': nl(dataset.spatialCoverage) };
  }
  if (dataset.source) node['dct:source'] = nl(dataset.source);
  return node;
}

export function withContext(node: Node): Node {
  return { '@context': DCAT_CONTEXT, ...node };
}

export function dcatCatalogue(
  publicUrl: string,
  project: Project,
  owner: Organisation,
  datasets: readonly DcatDatasetInput[],
): Node {
  return withContext({
    '@id': `${publicUrl}/projecten/${project.id}/catalogus`,
    '@type': 'dcat:Catalog',
    'dct:title': nl(project.title),
    'dct:description': nl(project.goal),
    'dct:publisher': {
      '@id': `${publicUrl}/organisaties/${owner.id}`,
      '@type': 'foaf:Agent',
      'foaf:name': owner.name,
    },
    'dcat:dataset': datasets.map((input) => dcatDataset(publicUrl, input)),
  });
}
