import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import { Project } from '../projects/project.entity';
import { QuestionVersion } from './question-version.entity';
import { QuestionVersionsService } from './question-versions.service';
import { Question } from './question.entity';
import { questionDocument, QuestionsService } from './questions.service';

@Resolver(() => Project)
export class ProjectQuestionsResolver {
  constructor(private readonly questionsService: QuestionsService) {}

  @Can('question.read', ({ parent }) => parent.id)
  @ResolveField(() => [Question])
  questions(@Parent() project: Project): Promise<Question[]> {
    return this.questionsService.listByProject(project.id);
  }
}

@Resolver(() => Question)
export class QuestionFieldsResolver {
  constructor(private readonly versionsService: QuestionVersionsService) {}

  @Can('question.read', ({ parent }) => parent.projectId)
  @ResolveField(() => [QuestionVersion], { description: 'Named versions, newest first.' })
  versions(@Parent() question: Question): Promise<QuestionVersion[]> {
    return this.versionsService.list(question.id);
  }

  @Can('question.read', ({ parent }) => parent.projectId)
  @ResolveField(() => String, { description: 'The room to join on /collab for the live body.' })
  documentName(@Parent() question: Question): string {
    return questionDocument(question.id);
  }
}
