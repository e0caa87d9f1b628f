import { AuthToken } from '../auth/auth-token.entity';
import { Activity } from '../activity/activity.entity';
import { ProjectVisit } from '../activity/project-visit.entity';
import { Invitation } from '../accounts/invitation.entity';
import { User } from '../accounts/user.entity';
import { HypothesisEvidence } from '../hypotheses/hypothesis-evidence.entity';
import { HypothesisPartner } from '../hypotheses/hypothesis-partner.entity';
import { HypothesisTag } from '../hypotheses/hypothesis-tag.entity';
import { HypothesisTransition } from '../hypotheses/hypothesis-transition.entity';
import { Hypothesis } from '../hypotheses/hypothesis.entity';
import { Notification } from '../notifications/notification.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Project } from '../projects/project.entity';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectPartner } from '../projects/project-partner.entity';
import { QuestionVersion } from '../questions/question-version.entity';
import { Question } from '../questions/question.entity';

export const ENTITIES = [
  Organisation,
  User,
  AuthToken,
  Invitation,
  Project,
  ProjectMember,
  ProjectPartner,
  Activity,
  Question,
  QuestionVersion,
  Hypothesis,
  HypothesisTag,
  HypothesisPartner,
  HypothesisTransition,
  HypothesisEvidence,
  Notification,
  ProjectVisit,
];
