import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity';
import { ActivityService } from '../activity/activity.service';
import { PasswordHasher } from '../auth/password-hasher';
import { anonymousPrincipal, type Principal } from '../auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { Project } from '../projects/project.entity';
import { ProjectsRepository } from '../projects/projects.repository';
import { SearchIndex } from '../search/search-index';
import { UsersRepository } from '../accounts/users.repository';
import { DatasetUploadService } from '../datasets/dataset-upload.service';
import { DatasetsService } from '../datasets/datasets.service';
import type { CreateDatasetInput } from '../datasets/datasets.inputs';
import { Readable } from 'node:stream';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE, DEMO_PROJECTS, DEMO_SIGN_INS } from './demo-data';
import { DEMO_RESEARCH } from './demo-research';
import { DemoResearchSeeder } from './demo-research.seeder';
import { DEMO_DATASET, DEMO_DATASET_FILE, DEMO_DATASET_ROW_READERS } from './demo-dataset';

/** Fills an empty database with the demo when DEMO_DATA=true (as `npm start` sets it). */
@Injectable()
export class DemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly projects: ProjectsRepository,
    private readonly search: SearchIndex,
    private readonly hasher: PasswordHasher,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly research: DemoResearchSeeder,
    private readonly datasets: DatasetsService,
    private readonly uploads: DatasetUploadService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || (await this.organisations.count()) > 0) return;
    await this.seed();
    this.logger.log('Demo data loaded');
  }

  async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_SIGN_INS.password);
    let first: { projectId: string; lead: User; organisationIds: Map<string, string> } | null =
      null;
    await this.unitOfWork.run(async (m) => {
      const organisationIds = new Map<string, string>();
      for (const { key, ...values } of DEMO_ORGANISATIONS) {
        const organisation = await this.organisations.save(
          m,
          Object.assign(new Organisation(), { id: randomUUID(), ...values }),
        );
        organisationIds.set(key, organisation.id);
      }
      const people = new Map<string, User>();
      for (const person of DEMO_PEOPLE) {
        const user = await this.users.insert(m, {
          id: randomUUID(),
          email: person.email,
          name: person.name,
          passwordHash,
          organisationId: organisationIds.get(person.organisation)!,
          isAdmin: person.isAdmin ?? false,
          locale: 'nl',
          deactivatedAt: null,
        });
        people.set(person.email, user);
      }
      for (const demo of DEMO_PROJECTS) {
        const lead = people.get(demo.members[0][0])!;
        const principal: Principal = { ...anonymousPrincipal('seed'), user: lead, origin: 'web' };
        const project = await this.projects.save(
          m,
          Object.assign(new Project(), {
            id: randomUUID(),
            title: demo.title,
            goal: demo.goal,
            societalObjective: demo.societalObjective,
            phase: demo.phase,
            visibility: demo.visibility,
            ownerOrganisationId: lead.organisationId,
            createdById: lead.id,
          }),
        );
        await this.projects.replacePartners(
          m,
          project.id,
          demo.partners.map((key) => organisationIds.get(key)!),
        );
        for (const [email, role] of demo.members)
          await this.projects.putMember(m, project.id, people.get(email)!.id, role);
        await this.search.upsert(m, {
          kind: 'project',
          objectId: project.id,
          projectId: project.id,
          title: project.title,
          body: `${project.goal}\n${project.societalObjective}`,
        });
        await this.activity.record(m, principal, {
          action: 'project.created',
          objectType: 'project',
          objectId: project.id,
          projectId: project.id,
        });
        if (demo.title === DEMO_RESEARCH.project) {
          await this.research.seed(m, project.id, lead, { people, organisationIds });
        }
        first ??= { projectId: project.id, lead, organisationIds };
      }
    });
    if (first) await this.seedDataset(first);
  }

  /** Files go to the file store outside the database transaction, through the upload pipeline. */
  private async seedDataset(first: {
    projectId: string;
    lead: User;
    organisationIds: Map<string, string>;
  }): Promise<void> {
    const principal: Principal = { ...anonymousPrincipal('seed'), user: first.lead, origin: 'web' };
    const input: CreateDatasetInput = {
      ...DEMO_DATASET,
      keywords: [...DEMO_DATASET.keywords],
      projectId: first.projectId,
      rowOrganisationIds: DEMO_DATASET_ROW_READERS.map((key) => first.organisationIds.get(key)!),
    };
    const dataset = await this.datasets.create(input, principal);
    await this.uploads.storeVersion(
      dataset,
      DEMO_DATASET_FILE.name,
      Readable.from([Buffer.from(DEMO_DATASET_FILE.content, 'utf8')]),
      principal,
    );
  }
}
