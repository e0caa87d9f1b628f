/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts {\n    accounts {\n      id\n      name\n      email\n      isAdmin\n      activated\n      deactivatedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query InviteOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.InviteOrganisationsDocument,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      isAdmin\n      deactivatedAt\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      hypotheses(filter: $filter) {\n        ...HypothesisCardFields\n      }\n      # Every tag in use, whatever the filter, for the tag filter's options.\n      tagged: hypotheses {\n        id\n        tags\n      }\n    }\n  }\n": typeof types.HypothesisBoardDocument,
    "\n  query HypothesisDetail($id: ID!, $projectId: ID!) {\n    hypothesis(id: $id) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n      createdAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      questions {\n        id\n        title\n        versions {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HypothesisDetailDocument,
    "\n  fragment HypothesisCardFields on Hypothesis {\n    id\n    projectId\n    questionId\n    statement\n    status\n    tags\n    updatedAt\n    allowedTransitions\n    owner {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    history {\n      id\n      evidence {\n        id\n      }\n    }\n  }\n": typeof types.HypothesisCardFieldsFragmentDoc,
    "\n  fragment HypothesisHistoryFields on Hypothesis {\n    id\n    history {\n      id\n      from\n      to\n      rationale\n      createdAt\n      by {\n        id\n        name\n      }\n      evidence {\n        id\n        kind\n        targetId\n        quote\n        url\n        title\n      }\n    }\n  }\n": typeof types.HypothesisHistoryFieldsFragmentDoc,
    "\n  subscription HypothesisActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n": typeof types.HypothesisActivityFeedDocument,
    "\n  query ProjectHypothesisProgress($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypothesisProgress {\n        questions {\n          questionId\n          title\n          total\n          counts {\n            status\n            count\n          }\n        }\n        verdictsThisMonth {\n          month\n          start\n          total\n          counts {\n            status\n            count\n          }\n        }\n        staleAfterDays\n        staleCount\n        stale {\n          id\n          statement\n          status\n          lastActivityAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectHypothesisProgressDocument,
    "\n  subscription HypothesisProgressFeed($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      id\n    }\n  }\n": typeof types.HypothesisProgressFeedDocument,
    "\n  query ProposeHypothesisPage($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ProposeHypothesisPageDocument,
    "\n  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {\n    proposeHypothesis(input: $input) {\n      ...HypothesisCardFields\n    }\n  }\n": typeof types.ProposeHypothesisDocument,
    "\n  query ProjectHypothesesSummary($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypotheses {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ProjectHypothesesSummaryDocument,
    "\n  query QuestionHypotheses($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      hypotheses {\n        id\n        statement\n        status\n      }\n    }\n  }\n": typeof types.QuestionHypothesesDocument,
    "\n  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {\n    transitionHypothesis(input: $input) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n    }\n  }\n": typeof types.TransitionHypothesisDocument,
    "\n  query EvidenceSources($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      title\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": typeof types.EvidenceSourcesDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreatePersonalAccessTokenDocument,
    "\n  query PersonalAccessTokens {\n    personalAccessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n": typeof types.PersonalAccessTokensDocument,
    "\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id)\n  }\n": typeof types.RevokePersonalAccessTokenDocument,
    "\n  query ProjectMemberCandidates($projectId: ID!, $query: String!) {\n    projectMemberCandidates(projectId: $projectId, query: $query) {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectMemberCandidatesDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      updatedAt\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query ProjectSettingsMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectSettingsMembersDocument,
    "\n  query ProjectSettings($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      staleAfterDays\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectSettingsDocument,
    "\n  mutation SetStaleAfterDays($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      staleAfterDays\n    }\n  }\n": typeof types.SetStaleAfterDaysDocument,
    "\n  mutation PutProjectMember($input: ProjectMemberInput!) {\n    putProjectMember(input: $input) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PutProjectMemberDocument,
    "\n  mutation RemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input)\n  }\n": typeof types.RemoveProjectMemberDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  query ProjectActivity($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      activity(first: $first) {\n        hasMore\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProjectActivityDocument,
    "\n  query Projects {\n    projects {\n      id\n      title\n      phase\n      visibility\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectMembersDocument,
    "\n  query ProjectOverview($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      myRelation\n      createdAt\n      updatedAt\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectOverviewDocument,
    "\n  subscription ProjectActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n    }\n  }\n": typeof types.ProjectActivityFeedDocument,
    "\n  query PartnerOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  query EditorUser {\n    me {\n      id\n      name\n      organisation {\n        id\n        name\n        colour\n      }\n    }\n  }\n": typeof types.EditorUserDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  query ProjectQuestions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      questions {\n        id\n        title\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.ProjectQuestionsDocument,
    "\n  mutation RenameQuestion($input: RenameQuestionInput!) {\n    renameQuestion(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.RenameQuestionDocument,
    "\n  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {\n    setQuestionStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SetQuestionStatusDocument,
    "\n  query QuestionPage($id: ID!, $projectId: ID!) {\n    question(id: $id) {\n      id\n      projectId\n      title\n      status\n      documentName\n      updatedAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n    }\n  }\n": typeof types.QuestionPageDocument,
    "\n  subscription QuestionActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n": typeof types.QuestionActivityFeedDocument,
    "\n  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {\n    saveQuestionVersion(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.SaveQuestionVersionDocument,
    "\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": typeof types.QuestionVersionsDocument,
    "\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n": typeof types.RestoreQuestionVersionDocument,
    "\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      bodyHtml\n      bodyText\n    }\n  }\n": typeof types.QuestionVersionDocument,
    "\n  query Search($query: String!) {\n    search(query: $query, limit: 20) {\n      kind\n      objectId\n      projectId\n      title\n      snippet\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isAdmin\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query Accounts {\n    accounts {\n      id\n      name\n      email\n      isAdmin\n      activated\n      deactivatedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query InviteOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": types.InviteOrganisationsDocument,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.InviteAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      isAdmin\n      deactivatedAt\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      hypotheses(filter: $filter) {\n        ...HypothesisCardFields\n      }\n      # Every tag in use, whatever the filter, for the tag filter's options.\n      tagged: hypotheses {\n        id\n        tags\n      }\n    }\n  }\n": types.HypothesisBoardDocument,
    "\n  query HypothesisDetail($id: ID!, $projectId: ID!) {\n    hypothesis(id: $id) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n      createdAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      questions {\n        id\n        title\n        versions {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HypothesisDetailDocument,
    "\n  fragment HypothesisCardFields on Hypothesis {\n    id\n    projectId\n    questionId\n    statement\n    status\n    tags\n    updatedAt\n    allowedTransitions\n    owner {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    history {\n      id\n      evidence {\n        id\n      }\n    }\n  }\n": types.HypothesisCardFieldsFragmentDoc,
    "\n  fragment HypothesisHistoryFields on Hypothesis {\n    id\n    history {\n      id\n      from\n      to\n      rationale\n      createdAt\n      by {\n        id\n        name\n      }\n      evidence {\n        id\n        kind\n        targetId\n        quote\n        url\n        title\n      }\n    }\n  }\n": types.HypothesisHistoryFieldsFragmentDoc,
    "\n  subscription HypothesisActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n": types.HypothesisActivityFeedDocument,
    "\n  query ProjectHypothesisProgress($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypothesisProgress {\n        questions {\n          questionId\n          title\n          total\n          counts {\n            status\n            count\n          }\n        }\n        verdictsThisMonth {\n          month\n          start\n          total\n          counts {\n            status\n            count\n          }\n        }\n        staleAfterDays\n        staleCount\n        stale {\n          id\n          statement\n          status\n          lastActivityAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProjectHypothesisProgressDocument,
    "\n  subscription HypothesisProgressFeed($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      id\n    }\n  }\n": types.HypothesisProgressFeedDocument,
    "\n  query ProposeHypothesisPage($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n    }\n  }\n": types.ProposeHypothesisPageDocument,
    "\n  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {\n    proposeHypothesis(input: $input) {\n      ...HypothesisCardFields\n    }\n  }\n": types.ProposeHypothesisDocument,
    "\n  query ProjectHypothesesSummary($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypotheses {\n        id\n        status\n      }\n    }\n  }\n": types.ProjectHypothesesSummaryDocument,
    "\n  query QuestionHypotheses($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      hypotheses {\n        id\n        statement\n        status\n      }\n    }\n  }\n": types.QuestionHypothesesDocument,
    "\n  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {\n    transitionHypothesis(input: $input) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n    }\n  }\n": types.TransitionHypothesisDocument,
    "\n  query EvidenceSources($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      title\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": types.EvidenceSourcesDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreatePersonalAccessTokenDocument,
    "\n  query PersonalAccessTokens {\n    personalAccessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n": types.PersonalAccessTokensDocument,
    "\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id)\n  }\n": types.RevokePersonalAccessTokenDocument,
    "\n  query ProjectMemberCandidates($projectId: ID!, $query: String!) {\n    projectMemberCandidates(projectId: $projectId, query: $query) {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectMemberCandidatesDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      updatedAt\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query ProjectSettingsMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProjectSettingsMembersDocument,
    "\n  query ProjectSettings($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      staleAfterDays\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectSettingsDocument,
    "\n  mutation SetStaleAfterDays($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      staleAfterDays\n    }\n  }\n": types.SetStaleAfterDaysDocument,
    "\n  mutation PutProjectMember($input: ProjectMemberInput!) {\n    putProjectMember(input: $input) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.PutProjectMemberDocument,
    "\n  mutation RemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input)\n  }\n": types.RemoveProjectMemberDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateProjectDocument,
    "\n  query ProjectActivity($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      activity(first: $first) {\n        hasMore\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProjectActivityDocument,
    "\n  query Projects {\n    projects {\n      id\n      title\n      phase\n      visibility\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProjectMembersDocument,
    "\n  query ProjectOverview($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      myRelation\n      createdAt\n      updatedAt\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectOverviewDocument,
    "\n  subscription ProjectActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n    }\n  }\n": types.ProjectActivityFeedDocument,
    "\n  query PartnerOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  query EditorUser {\n    me {\n      id\n      name\n      organisation {\n        id\n        name\n        colour\n      }\n    }\n  }\n": types.EditorUserDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  query ProjectQuestions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      questions {\n        id\n        title\n        status\n        updatedAt\n      }\n    }\n  }\n": types.ProjectQuestionsDocument,
    "\n  mutation RenameQuestion($input: RenameQuestionInput!) {\n    renameQuestion(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.RenameQuestionDocument,
    "\n  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {\n    setQuestionStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SetQuestionStatusDocument,
    "\n  query QuestionPage($id: ID!, $projectId: ID!) {\n    question(id: $id) {\n      id\n      projectId\n      title\n      status\n      documentName\n      updatedAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n    }\n  }\n": types.QuestionPageDocument,
    "\n  subscription QuestionActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n": types.QuestionActivityFeedDocument,
    "\n  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {\n    saveQuestionVersion(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n": types.SaveQuestionVersionDocument,
    "\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": types.QuestionVersionsDocument,
    "\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n": types.RestoreQuestionVersionDocument,
    "\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      bodyHtml\n      bodyText\n    }\n  }\n": types.QuestionVersionDocument,
    "\n  query Search($query: String!) {\n    search(query: $query, limit: 20) {\n      kind\n      objectId\n      projectId\n      title\n      snippet\n    }\n  }\n": types.SearchDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isAdmin\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts {\n      id\n      name\n      email\n      isAdmin\n      activated\n      deactivatedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts {\n      id\n      name\n      email\n      isAdmin\n      activated\n      deactivatedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query InviteOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      isAdmin\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      isAdmin\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      url\n      expiresAt\n      mailed\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      hypotheses(filter: $filter) {\n        ...HypothesisCardFields\n      }\n      # Every tag in use, whatever the filter, for the tag filter's options.\n      tagged: hypotheses {\n        id\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      hypotheses(filter: $filter) {\n        ...HypothesisCardFields\n      }\n      # Every tag in use, whatever the filter, for the tag filter's options.\n      tagged: hypotheses {\n        id\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HypothesisDetail($id: ID!, $projectId: ID!) {\n    hypothesis(id: $id) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n      createdAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      questions {\n        id\n        title\n        versions {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HypothesisDetail($id: ID!, $projectId: ID!) {\n    hypothesis(id: $id) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n      createdAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      questions {\n        id\n        title\n        versions {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HypothesisCardFields on Hypothesis {\n    id\n    projectId\n    questionId\n    statement\n    status\n    tags\n    updatedAt\n    allowedTransitions\n    owner {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    history {\n      id\n      evidence {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HypothesisCardFields on Hypothesis {\n    id\n    projectId\n    questionId\n    statement\n    status\n    tags\n    updatedAt\n    allowedTransitions\n    owner {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    history {\n      id\n      evidence {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HypothesisHistoryFields on Hypothesis {\n    id\n    history {\n      id\n      from\n      to\n      rationale\n      createdAt\n      by {\n        id\n        name\n      }\n      evidence {\n        id\n        kind\n        targetId\n        quote\n        url\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HypothesisHistoryFields on Hypothesis {\n    id\n    history {\n      id\n      from\n      to\n      rationale\n      createdAt\n      by {\n        id\n        name\n      }\n      evidence {\n        id\n        kind\n        targetId\n        quote\n        url\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HypothesisActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n"): (typeof documents)["\n  subscription HypothesisActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHypothesisProgress($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypothesisProgress {\n        questions {\n          questionId\n          title\n          total\n          counts {\n            status\n            count\n          }\n        }\n        verdictsThisMonth {\n          month\n          start\n          total\n          counts {\n            status\n            count\n          }\n        }\n        staleAfterDays\n        staleCount\n        stale {\n          id\n          statement\n          status\n          lastActivityAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHypothesisProgress($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypothesisProgress {\n        questions {\n          questionId\n          title\n          total\n          counts {\n            status\n            count\n          }\n        }\n        verdictsThisMonth {\n          month\n          start\n          total\n          counts {\n            status\n            count\n          }\n        }\n        staleAfterDays\n        staleCount\n        stale {\n          id\n          statement\n          status\n          lastActivityAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HypothesisProgressFeed($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription HypothesisProgressFeed($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeHypothesisPage($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposeHypothesisPage($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {\n    proposeHypothesis(input: $input) {\n      ...HypothesisCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {\n    proposeHypothesis(input: $input) {\n      ...HypothesisCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHypothesesSummary($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypotheses {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHypothesesSummary($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypotheses {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionHypotheses($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      hypotheses {\n        id\n        statement\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionHypotheses($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      hypotheses {\n        id\n        statement\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {\n    transitionHypothesis(input: $input) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {\n    transitionHypothesis(input: $input) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceSources($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      title\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceSources($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      title\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      colour\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n      colour\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalAccessTokens {\n    personalAccessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query PersonalAccessTokens {\n    personalAccessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectMemberCandidates($projectId: ID!, $query: String!) {\n    projectMemberCandidates(projectId: $projectId, query: $query) {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectMemberCandidates($projectId: ID!, $query: String!) {\n    projectMemberCandidates(projectId: $projectId, query: $query) {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      updatedAt\n      partners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      updatedAt\n      partners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSettingsMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectSettingsMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSettings($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      staleAfterDays\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectSettings($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      staleAfterDays\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaleAfterDays($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      staleAfterDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaleAfterDays($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      staleAfterDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutProjectMember($input: ProjectMemberInput!) {\n    putProjectMember(input: $input) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PutProjectMember($input: ProjectMemberInput!) {\n    putProjectMember(input: $input) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectActivity($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      activity(first: $first) {\n        hasMore\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectActivity($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      activity(first: $first) {\n        hasMore\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects {\n    projects {\n      id\n      title\n      phase\n      visibility\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects {\n    projects {\n      id\n      title\n      phase\n      visibility\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectOverview($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      myRelation\n      createdAt\n      updatedAt\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectOverview($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      myRelation\n      createdAt\n      updatedAt\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription ProjectActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorUser {\n    me {\n      id\n      name\n      organisation {\n        id\n        name\n        colour\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorUser {\n    me {\n      id\n      name\n      organisation {\n        id\n        name\n        colour\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectQuestions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      questions {\n        id\n        title\n        status\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectQuestions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      questions {\n        id\n        title\n        status\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameQuestion($input: RenameQuestionInput!) {\n    renameQuestion(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenameQuestion($input: RenameQuestionInput!) {\n    renameQuestion(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {\n    setQuestionStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {\n    setQuestionStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionPage($id: ID!, $projectId: ID!) {\n    question(id: $id) {\n      id\n      projectId\n      title\n      status\n      documentName\n      updatedAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n    }\n  }\n"): (typeof documents)["\n  query QuestionPage($id: ID!, $projectId: ID!) {\n    question(id: $id) {\n      id\n      projectId\n      title\n      status\n      documentName\n      updatedAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestionActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n"): (typeof documents)["\n  subscription QuestionActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {\n    saveQuestionVersion(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {\n    saveQuestionVersion(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      bodyHtml\n      bodyText\n    }\n  }\n"): (typeof documents)["\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      bodyHtml\n      bodyText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!) {\n    search(query: $query, limit: 20) {\n      kind\n      objectId\n      projectId\n      title\n      snippet\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!) {\n    search(query: $query, limit: 20) {\n      kind\n      objectId\n      projectId\n      title\n      snippet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      isAdmin\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      isAdmin\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;