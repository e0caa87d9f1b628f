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
    "\n  mutation SetDatasetRowAccess($input: SetDatasetRowAccessInput!) {\n    setDatasetRowAccess(input: $input) {\n      id\n      mayReadRows\n      rowOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetDatasetRowAccessDocument,
    "\n  query ProjectDatasets($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      datasets {\n        id\n        title\n        accessClass\n        updateFrequency\n        openQualityReportCount\n        ownerOrganisation {\n          id\n          name\n        }\n        latestVersion {\n          id\n          number\n          rowCount\n        }\n      }\n    }\n  }\n": typeof types.ProjectDatasetsDocument,
    "\n  query DatasetPage($id: ID!, $projectId: ID!) {\n    dataset(id: $id) {\n      id\n      projectId\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      createdAt\n      updatedAt\n      mayReadRows\n      ownerOrganisation {\n        id\n        name\n      }\n      publisher {\n        id\n        name\n      }\n      rowOrganisations {\n        id\n        name\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        profile {\n          columns {\n            name\n          }\n        }\n      }\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DatasetPageDocument,
    "\n  query DatasetDownloadUrl($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        downloadUrl\n      }\n    }\n  }\n": typeof types.DatasetDownloadUrlDocument,
    "\n  mutation UpdateDataset($input: UpdateDatasetInput!) {\n    updateDataset(input: $input) {\n      id\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      updatedAt\n      publisher {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateDatasetDocument,
    "\n  query NewDatasetProject($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewDatasetProjectDocument,
    "\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDatasetDocument,
    "\n  query DatasetRows($id: ID!, $offset: Int!, $limit: Int!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rows(offset: $offset, limit: $limit) {\n          versionId\n          offset\n          total\n          columns\n          rows\n        }\n      }\n    }\n  }\n": typeof types.DatasetRowsDocument,
    "\n  query DatasetSampleRows($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rowCount\n        sampleRows\n        profile {\n          columns {\n            index\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatasetSampleRowsDocument,
    "\n  query DatasetProfile($id: ID!, $withValues: Boolean!) {\n    dataset(id: $id) {\n      id\n      timeliness {\n        status\n        nextUpdateDue\n        daysOverdue\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        format\n        byteSize\n        profile {\n          encoding\n          delimiter\n          sheet\n          rowCount\n          completeness\n          columns {\n            index\n            name\n            type\n            emptyCount\n            completeness\n            nonConforming\n            distinctCount\n            distinctExact\n            values @include(if: $withValues) {\n              min\n              max\n              mean\n              histogram {\n                from\n                to\n                count\n              }\n              topValues {\n                value\n                count\n              }\n              topValuesExact\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatasetProfileDocument,
    "\n  query ProjectDatasetCount($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      datasets {\n        id\n      }\n    }\n  }\n": typeof types.ProjectDatasetCountDocument,
    "\n  query DatasetVersions($id: ID!) {\n    dataset(id: $id) {\n      id\n      versions {\n        id\n        number\n        fileName\n        byteSize\n        rowCount\n        createdAt\n        uploadedBy {\n          id\n          name\n        }\n        schemaChanges {\n          added {\n            name\n            type\n          }\n          removed {\n            name\n            type\n          }\n          retyped {\n            name\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatasetVersionsDocument,
    "\n  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      hypotheses(filter: $filter) {\n        ...HypothesisCardFields\n      }\n      # Every tag in use, whatever the filter, for the tag filter's options.\n      tagged: hypotheses {\n        id\n        tags\n      }\n    }\n  }\n": typeof types.HypothesisBoardDocument,
    "\n  query HypothesisDetail($id: ID!, $projectId: ID!) {\n    hypothesis(id: $id) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n      createdAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      questions {\n        id\n        title\n        versions {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HypothesisDetailDocument,
    "\n  fragment HypothesisCardFields on Hypothesis {\n    id\n    projectId\n    questionId\n    statement\n    status\n    tags\n    updatedAt\n    allowedTransitions\n    owner {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    history {\n      id\n      evidence {\n        id\n      }\n    }\n  }\n": typeof types.HypothesisCardFieldsFragmentDoc,
    "\n  fragment HypothesisHistoryFields on Hypothesis {\n    id\n    history {\n      id\n      from\n      to\n      rationale\n      createdAt\n      by {\n        id\n        name\n      }\n      evidence {\n        id\n        kind\n        targetId\n        quote\n        url\n        title\n      }\n    }\n  }\n": typeof types.HypothesisHistoryFieldsFragmentDoc,
    "\n  subscription HypothesisChanged($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n    }\n  }\n": typeof types.HypothesisChangedDocument,
    "\n  query ProjectHypothesisProgress($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypothesisProgress {\n        questions {\n          questionId\n          title\n          total\n          counts {\n            status\n            count\n          }\n        }\n        verdictsThisMonth {\n          month\n          start\n          total\n          counts {\n            status\n            count\n          }\n        }\n        staleAfterDays\n        staleCount\n        stale {\n          id\n          statement\n          status\n          lastActivityAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectHypothesisProgressDocument,
    "\n  subscription HypothesisProgressFeed($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      id\n    }\n  }\n": typeof types.HypothesisProgressFeedDocument,
    "\n  query ProposeHypothesisPage($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ProposeHypothesisPageDocument,
    "\n  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {\n    proposeHypothesis(input: $input) {\n      ...HypothesisCardFields\n    }\n  }\n": typeof types.ProposeHypothesisDocument,
    "\n  query QuestionHypotheses($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      hypotheses {\n        id\n        statement\n        status\n      }\n    }\n  }\n": typeof types.QuestionHypothesesDocument,
    "\n  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {\n    transitionHypothesis(input: $input) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n    }\n  }\n": typeof types.TransitionHypothesisDocument,
    "\n  query EvidenceSources($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      title\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": typeof types.EvidenceSourcesDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    projectId\n    projectTitle\n    objectType\n    objectId\n    title\n    fromStatus\n    toStatus\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        ...NotificationItem\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
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
    "\n  query UnseenProjectChanges {\n    unseenProjectChanges {\n      projectId\n      total\n    }\n  }\n": typeof types.UnseenProjectChangesDocument,
    "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectMembersDocument,
    "\n  query ProjectOverview($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      myRelation\n      createdAt\n      updatedAt\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectOverviewDocument,
    "\n  query ProjectSinceLastVisit($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      changesSinceLastVisit(first: $first) {\n        lastSeenAt\n        total\n        hasMore\n        counts {\n          action\n          count\n        }\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProjectSinceLastVisitDocument,
    "\n  mutation MarkProjectSeen($projectId: ID!) {\n    markProjectSeen(projectId: $projectId)\n  }\n": typeof types.MarkProjectSeenDocument,
    "\n  subscription ProjectActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n    }\n  }\n": typeof types.ProjectActivityFeedDocument,
    "\n  query PartnerOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  query HypothesisDataChanges($id: ID!) {\n    hypothesis(id: $id) {\n      id\n      dataChanges {\n        id\n        reason\n        raisedAt\n        dataset {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.HypothesisDataChangesDocument,
    "\n  mutation AcknowledgeDataChange($id: ID!) {\n    acknowledgeDataChange(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeDataChangeDocument,
    "\n  mutation FileQualityReport($input: FileQualityReportInput!) {\n    fileQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.FileQualityReportDocument,
    "\n  query DatasetQualityReports($id: ID!) {\n    dataset(id: $id) {\n      id\n      openQualityReportCount\n      versions {\n        id\n        number\n      }\n      qualityReports {\n        id\n        dimension\n        column\n        description\n        state\n        createdAt\n        resolvedAt\n        resolutionNote\n        fixedInVersionId\n        allowedMoves\n        reporter {\n          id\n          name\n        }\n        reporterOrganisation {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n        messages {\n          id\n          body\n          ownerSide\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatasetQualityReportsDocument,
    "\n  mutation ReplyToQualityReport($input: ReplyToQualityReportInput!) {\n    replyToQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ReplyToQualityReportDocument,
    "\n  mutation ConfirmQualityReport($input: ConfirmQualityReportInput!) {\n    confirmQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ConfirmQualityReportDocument,
    "\n  mutation RejectQualityReport($input: RejectQualityReportInput!) {\n    rejectQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.RejectQualityReportDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  query EditorUser {\n    me {\n      id\n      name\n      organisation {\n        id\n        name\n        colour\n      }\n    }\n  }\n": typeof types.EditorUserDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  query ProjectQuestions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      questions {\n        id\n        title\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.ProjectQuestionsDocument,
    "\n  mutation RenameQuestion($input: RenameQuestionInput!) {\n    renameQuestion(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.RenameQuestionDocument,
    "\n  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {\n    setQuestionStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SetQuestionStatusDocument,
    "\n  query QuestionPage($id: ID!, $projectId: ID!) {\n    question(id: $id) {\n      id\n      projectId\n      title\n      status\n      documentName\n      updatedAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n    }\n  }\n": typeof types.QuestionPageDocument,
    "\n  query QuestionRegistration($id: ID!) {\n    question(id: $id) {\n      id\n      registration {\n        id\n        round\n        contentHash\n        registeredAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decidedAt\n          by {\n            id\n            name\n          }\n        }\n        deviations {\n          kind\n          hypothesisId\n          field\n          before\n          after\n          lines {\n            change\n            text\n          }\n        }\n      }\n      registrations {\n        id\n        round\n        status\n        requestedAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        requestedBy {\n          id\n          name\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decision\n          reason\n          decidedAt\n          by {\n            id\n            name\n          }\n          mayDecide\n        }\n      }\n    }\n  }\n": typeof types.QuestionRegistrationDocument,
    "\n  mutation RequestRegistration($id: ID!) {\n    requestRegistration(questionId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RequestRegistrationDocument,
    "\n  mutation SignOffRegistration($input: SignOffRegistrationInput!) {\n    signOffRegistration(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SignOffRegistrationDocument,
    "\n  subscription QuestionActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n": typeof types.QuestionActivityFeedDocument,
    "\n  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {\n    saveQuestionVersion(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.SaveQuestionVersionDocument,
    "\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuestionVersionsDocument,
    "\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n": typeof types.RestoreQuestionVersionDocument,
    "\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n      bodyHtml\n      bodyText\n    }\n  }\n": typeof types.QuestionVersionDocument,
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
    "\n  mutation SetDatasetRowAccess($input: SetDatasetRowAccessInput!) {\n    setDatasetRowAccess(input: $input) {\n      id\n      mayReadRows\n      rowOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.SetDatasetRowAccessDocument,
    "\n  query ProjectDatasets($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      datasets {\n        id\n        title\n        accessClass\n        updateFrequency\n        openQualityReportCount\n        ownerOrganisation {\n          id\n          name\n        }\n        latestVersion {\n          id\n          number\n          rowCount\n        }\n      }\n    }\n  }\n": types.ProjectDatasetsDocument,
    "\n  query DatasetPage($id: ID!, $projectId: ID!) {\n    dataset(id: $id) {\n      id\n      projectId\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      createdAt\n      updatedAt\n      mayReadRows\n      ownerOrganisation {\n        id\n        name\n      }\n      publisher {\n        id\n        name\n      }\n      rowOrganisations {\n        id\n        name\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        profile {\n          columns {\n            name\n          }\n        }\n      }\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.DatasetPageDocument,
    "\n  query DatasetDownloadUrl($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        downloadUrl\n      }\n    }\n  }\n": types.DatasetDownloadUrlDocument,
    "\n  mutation UpdateDataset($input: UpdateDatasetInput!) {\n    updateDataset(input: $input) {\n      id\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      updatedAt\n      publisher {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateDatasetDocument,
    "\n  query NewDatasetProject($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.NewDatasetProjectDocument,
    "\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n    }\n  }\n": types.CreateDatasetDocument,
    "\n  query DatasetRows($id: ID!, $offset: Int!, $limit: Int!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rows(offset: $offset, limit: $limit) {\n          versionId\n          offset\n          total\n          columns\n          rows\n        }\n      }\n    }\n  }\n": types.DatasetRowsDocument,
    "\n  query DatasetSampleRows($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rowCount\n        sampleRows\n        profile {\n          columns {\n            index\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DatasetSampleRowsDocument,
    "\n  query DatasetProfile($id: ID!, $withValues: Boolean!) {\n    dataset(id: $id) {\n      id\n      timeliness {\n        status\n        nextUpdateDue\n        daysOverdue\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        format\n        byteSize\n        profile {\n          encoding\n          delimiter\n          sheet\n          rowCount\n          completeness\n          columns {\n            index\n            name\n            type\n            emptyCount\n            completeness\n            nonConforming\n            distinctCount\n            distinctExact\n            values @include(if: $withValues) {\n              min\n              max\n              mean\n              histogram {\n                from\n                to\n                count\n              }\n              topValues {\n                value\n                count\n              }\n              topValuesExact\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DatasetProfileDocument,
    "\n  query ProjectDatasetCount($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      datasets {\n        id\n      }\n    }\n  }\n": types.ProjectDatasetCountDocument,
    "\n  query DatasetVersions($id: ID!) {\n    dataset(id: $id) {\n      id\n      versions {\n        id\n        number\n        fileName\n        byteSize\n        rowCount\n        createdAt\n        uploadedBy {\n          id\n          name\n        }\n        schemaChanges {\n          added {\n            name\n            type\n          }\n          removed {\n            name\n            type\n          }\n          retyped {\n            name\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": types.DatasetVersionsDocument,
    "\n  query HypothesisBoard($projectId: ID!, $filter: HypothesisFilterInput) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n      hypotheses(filter: $filter) {\n        ...HypothesisCardFields\n      }\n      # Every tag in use, whatever the filter, for the tag filter's options.\n      tagged: hypotheses {\n        id\n        tags\n      }\n    }\n  }\n": types.HypothesisBoardDocument,
    "\n  query HypothesisDetail($id: ID!, $projectId: ID!) {\n    hypothesis(id: $id) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n      createdAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      questions {\n        id\n        title\n        versions {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HypothesisDetailDocument,
    "\n  fragment HypothesisCardFields on Hypothesis {\n    id\n    projectId\n    questionId\n    statement\n    status\n    tags\n    updatedAt\n    allowedTransitions\n    owner {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    history {\n      id\n      evidence {\n        id\n      }\n    }\n  }\n": types.HypothesisCardFieldsFragmentDoc,
    "\n  fragment HypothesisHistoryFields on Hypothesis {\n    id\n    history {\n      id\n      from\n      to\n      rationale\n      createdAt\n      by {\n        id\n        name\n      }\n      evidence {\n        id\n        kind\n        targetId\n        quote\n        url\n        title\n      }\n    }\n  }\n": types.HypothesisHistoryFieldsFragmentDoc,
    "\n  subscription HypothesisChanged($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n    }\n  }\n": types.HypothesisChangedDocument,
    "\n  query ProjectHypothesisProgress($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      hypothesisProgress {\n        questions {\n          questionId\n          title\n          total\n          counts {\n            status\n            count\n          }\n        }\n        verdictsThisMonth {\n          month\n          start\n          total\n          counts {\n            status\n            count\n          }\n        }\n        staleAfterDays\n        staleCount\n        stale {\n          id\n          statement\n          status\n          lastActivityAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProjectHypothesisProgressDocument,
    "\n  subscription HypothesisProgressFeed($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      id\n    }\n  }\n": types.HypothesisProgressFeedDocument,
    "\n  query ProposeHypothesisPage($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      questions {\n        id\n        title\n      }\n    }\n  }\n": types.ProposeHypothesisPageDocument,
    "\n  mutation ProposeHypothesis($input: ProposeHypothesisInput!) {\n    proposeHypothesis(input: $input) {\n      ...HypothesisCardFields\n    }\n  }\n": types.ProposeHypothesisDocument,
    "\n  query QuestionHypotheses($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      hypotheses {\n        id\n        statement\n        status\n      }\n    }\n  }\n": types.QuestionHypothesesDocument,
    "\n  mutation TransitionHypothesis($input: TransitionHypothesisInput!) {\n    transitionHypothesis(input: $input) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n    }\n  }\n": types.TransitionHypothesisDocument,
    "\n  query EvidenceSources($questionId: ID!) {\n    question(id: $questionId) {\n      id\n      title\n      versions {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": types.EvidenceSourcesDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    projectId\n    projectTitle\n    objectType\n    objectId\n    title\n    fromStatus\n    toStatus\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        ...NotificationItem\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
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
    "\n  query UnseenProjectChanges {\n    unseenProjectChanges {\n      projectId\n      total\n    }\n  }\n": types.UnseenProjectChangesDocument,
    "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProjectMembersDocument,
    "\n  query ProjectOverview($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      goal\n      societalObjective\n      phase\n      visibility\n      myRelation\n      createdAt\n      updatedAt\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectOverviewDocument,
    "\n  query ProjectSinceLastVisit($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      changesSinceLastVisit(first: $first) {\n        lastSeenAt\n        total\n        hasMore\n        counts {\n          action\n          count\n        }\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProjectSinceLastVisitDocument,
    "\n  mutation MarkProjectSeen($projectId: ID!) {\n    markProjectSeen(projectId: $projectId)\n  }\n": types.MarkProjectSeenDocument,
    "\n  subscription ProjectActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n    }\n  }\n": types.ProjectActivityFeedDocument,
    "\n  query PartnerOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  query HypothesisDataChanges($id: ID!) {\n    hypothesis(id: $id) {\n      id\n      dataChanges {\n        id\n        reason\n        raisedAt\n        dataset {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.HypothesisDataChangesDocument,
    "\n  mutation AcknowledgeDataChange($id: ID!) {\n    acknowledgeDataChange(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeDataChangeDocument,
    "\n  mutation FileQualityReport($input: FileQualityReportInput!) {\n    fileQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": types.FileQualityReportDocument,
    "\n  query DatasetQualityReports($id: ID!) {\n    dataset(id: $id) {\n      id\n      openQualityReportCount\n      versions {\n        id\n        number\n      }\n      qualityReports {\n        id\n        dimension\n        column\n        description\n        state\n        createdAt\n        resolvedAt\n        resolutionNote\n        fixedInVersionId\n        allowedMoves\n        reporter {\n          id\n          name\n        }\n        reporterOrganisation {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n        messages {\n          id\n          body\n          ownerSide\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DatasetQualityReportsDocument,
    "\n  mutation ReplyToQualityReport($input: ReplyToQualityReportInput!) {\n    replyToQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": types.ReplyToQualityReportDocument,
    "\n  mutation ConfirmQualityReport($input: ConfirmQualityReportInput!) {\n    confirmQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": types.ConfirmQualityReportDocument,
    "\n  mutation RejectQualityReport($input: RejectQualityReportInput!) {\n    rejectQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n": types.RejectQualityReportDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  query EditorUser {\n    me {\n      id\n      name\n      organisation {\n        id\n        name\n        colour\n      }\n    }\n  }\n": types.EditorUserDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      status\n      updatedAt\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  query ProjectQuestions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      questions {\n        id\n        title\n        status\n        updatedAt\n      }\n    }\n  }\n": types.ProjectQuestionsDocument,
    "\n  mutation RenameQuestion($input: RenameQuestionInput!) {\n    renameQuestion(input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.RenameQuestionDocument,
    "\n  mutation SetQuestionStatus($input: SetQuestionStatusInput!) {\n    setQuestionStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SetQuestionStatusDocument,
    "\n  query QuestionPage($id: ID!, $projectId: ID!) {\n    question(id: $id) {\n      id\n      projectId\n      title\n      status\n      documentName\n      updatedAt\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n    }\n  }\n": types.QuestionPageDocument,
    "\n  query QuestionRegistration($id: ID!) {\n    question(id: $id) {\n      id\n      registration {\n        id\n        round\n        contentHash\n        registeredAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decidedAt\n          by {\n            id\n            name\n          }\n        }\n        deviations {\n          kind\n          hypothesisId\n          field\n          before\n          after\n          lines {\n            change\n            text\n          }\n        }\n      }\n      registrations {\n        id\n        round\n        status\n        requestedAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        requestedBy {\n          id\n          name\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decision\n          reason\n          decidedAt\n          by {\n            id\n            name\n          }\n          mayDecide\n        }\n      }\n    }\n  }\n": types.QuestionRegistrationDocument,
    "\n  mutation RequestRegistration($id: ID!) {\n    requestRegistration(questionId: $id) {\n      id\n      status\n    }\n  }\n": types.RequestRegistrationDocument,
    "\n  mutation SignOffRegistration($input: SignOffRegistrationInput!) {\n    signOffRegistration(input: $input) {\n      id\n      status\n    }\n  }\n": types.SignOffRegistrationDocument,
    "\n  subscription QuestionActivityFeed($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      id\n      objectType\n    }\n  }\n": types.QuestionActivityFeedDocument,
    "\n  mutation SaveQuestionVersion($input: SaveQuestionVersionInput!) {\n    saveQuestionVersion(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n": types.SaveQuestionVersionDocument,
    "\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.QuestionVersionsDocument,
    "\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n": types.RestoreQuestionVersionDocument,
    "\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n      bodyHtml\n      bodyText\n    }\n  }\n": types.QuestionVersionDocument,
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
export function graphql(source: "\n  mutation SetDatasetRowAccess($input: SetDatasetRowAccessInput!) {\n    setDatasetRowAccess(input: $input) {\n      id\n      mayReadRows\n      rowOrganisations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDatasetRowAccess($input: SetDatasetRowAccessInput!) {\n    setDatasetRowAccess(input: $input) {\n      id\n      mayReadRows\n      rowOrganisations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDatasets($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      datasets {\n        id\n        title\n        accessClass\n        updateFrequency\n        openQualityReportCount\n        ownerOrganisation {\n          id\n          name\n        }\n        latestVersion {\n          id\n          number\n          rowCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDatasets($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      datasets {\n        id\n        title\n        accessClass\n        updateFrequency\n        openQualityReportCount\n        ownerOrganisation {\n          id\n          name\n        }\n        latestVersion {\n          id\n          number\n          rowCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetPage($id: ID!, $projectId: ID!) {\n    dataset(id: $id) {\n      id\n      projectId\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      createdAt\n      updatedAt\n      mayReadRows\n      ownerOrganisation {\n        id\n        name\n      }\n      publisher {\n        id\n        name\n      }\n      rowOrganisations {\n        id\n        name\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        profile {\n          columns {\n            name\n          }\n        }\n      }\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetPage($id: ID!, $projectId: ID!) {\n    dataset(id: $id) {\n      id\n      projectId\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      createdAt\n      updatedAt\n      mayReadRows\n      ownerOrganisation {\n        id\n        name\n      }\n      publisher {\n        id\n        name\n      }\n      rowOrganisations {\n        id\n        name\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        profile {\n          columns {\n            name\n          }\n        }\n      }\n    }\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetDownloadUrl($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetDownloadUrl($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataset($input: UpdateDatasetInput!) {\n    updateDataset(input: $input) {\n      id\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      updatedAt\n      publisher {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDataset($input: UpdateDatasetInput!) {\n    updateDataset(input: $input) {\n      id\n      title\n      description\n      identifier\n      contactName\n      contactEmail\n      theme\n      licence\n      accessClass\n      legalBasis\n      updateFrequency\n      temporalStart\n      temporalEnd\n      spatialCoverage\n      source\n      keywords\n      updatedAt\n      publisher {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewDatasetProject($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewDatasetProject($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      title\n      myRelation\n      ownerOrganisation {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetRows($id: ID!, $offset: Int!, $limit: Int!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rows(offset: $offset, limit: $limit) {\n          versionId\n          offset\n          total\n          columns\n          rows\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetRows($id: ID!, $offset: Int!, $limit: Int!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rows(offset: $offset, limit: $limit) {\n          versionId\n          offset\n          total\n          columns\n          rows\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetSampleRows($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rowCount\n        sampleRows\n        profile {\n          columns {\n            index\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetSampleRows($id: ID!) {\n    dataset(id: $id) {\n      id\n      latestVersion {\n        id\n        rowCount\n        sampleRows\n        profile {\n          columns {\n            index\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetProfile($id: ID!, $withValues: Boolean!) {\n    dataset(id: $id) {\n      id\n      timeliness {\n        status\n        nextUpdateDue\n        daysOverdue\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        format\n        byteSize\n        profile {\n          encoding\n          delimiter\n          sheet\n          rowCount\n          completeness\n          columns {\n            index\n            name\n            type\n            emptyCount\n            completeness\n            nonConforming\n            distinctCount\n            distinctExact\n            values @include(if: $withValues) {\n              min\n              max\n              mean\n              histogram {\n                from\n                to\n                count\n              }\n              topValues {\n                value\n                count\n              }\n              topValuesExact\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetProfile($id: ID!, $withValues: Boolean!) {\n    dataset(id: $id) {\n      id\n      timeliness {\n        status\n        nextUpdateDue\n        daysOverdue\n      }\n      latestVersion {\n        id\n        number\n        fileName\n        format\n        byteSize\n        profile {\n          encoding\n          delimiter\n          sheet\n          rowCount\n          completeness\n          columns {\n            index\n            name\n            type\n            emptyCount\n            completeness\n            nonConforming\n            distinctCount\n            distinctExact\n            values @include(if: $withValues) {\n              min\n              max\n              mean\n              histogram {\n                from\n                to\n                count\n              }\n              topValues {\n                value\n                count\n              }\n              topValuesExact\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDatasetCount($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      datasets {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDatasetCount($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      datasets {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetVersions($id: ID!) {\n    dataset(id: $id) {\n      id\n      versions {\n        id\n        number\n        fileName\n        byteSize\n        rowCount\n        createdAt\n        uploadedBy {\n          id\n          name\n        }\n        schemaChanges {\n          added {\n            name\n            type\n          }\n          removed {\n            name\n            type\n          }\n          retyped {\n            name\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetVersions($id: ID!) {\n    dataset(id: $id) {\n      id\n      versions {\n        id\n        number\n        fileName\n        byteSize\n        rowCount\n        createdAt\n        uploadedBy {\n          id\n          name\n        }\n        schemaChanges {\n          added {\n            name\n            type\n          }\n          removed {\n            name\n            type\n          }\n          retyped {\n            name\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription HypothesisChanged($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n    }\n  }\n"): (typeof documents)["\n  subscription HypothesisChanged($projectId: ID!) {\n    hypothesisChanged(projectId: $projectId) {\n      ...HypothesisCardFields\n      ...HypothesisHistoryFields\n      rationale\n      expectedDirection\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    projectId\n    projectTitle\n    objectType\n    objectId\n    title\n    fromStatus\n    toStatus\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    projectId\n    projectTitle\n    objectType\n    objectId\n    title\n    fromStatus\n    toStatus\n    createdAt\n    readAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        ...NotificationItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        ...NotificationItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
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
export function graphql(source: "\n  query UnseenProjectChanges {\n    unseenProjectChanges {\n      projectId\n      total\n    }\n  }\n"): (typeof documents)["\n  query UnseenProjectChanges {\n    unseenProjectChanges {\n      projectId\n      total\n    }\n  }\n"];
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
export function graphql(source: "\n  query ProjectSinceLastVisit($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      changesSinceLastVisit(first: $first) {\n        lastSeenAt\n        total\n        hasMore\n        counts {\n          action\n          count\n        }\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectSinceLastVisit($id: ID!, $first: Int!) {\n    project(id: $id) {\n      id\n      changesSinceLastVisit(first: $first) {\n        lastSeenAt\n        total\n        hasMore\n        counts {\n          action\n          count\n        }\n        items {\n          id\n          action\n          objectType\n          objectId\n          result\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n      members {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkProjectSeen($projectId: ID!) {\n    markProjectSeen(projectId: $projectId)\n  }\n"): (typeof documents)["\n  mutation MarkProjectSeen($projectId: ID!) {\n    markProjectSeen(projectId: $projectId)\n  }\n"];
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
export function graphql(source: "\n  query HypothesisDataChanges($id: ID!) {\n    hypothesis(id: $id) {\n      id\n      dataChanges {\n        id\n        reason\n        raisedAt\n        dataset {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HypothesisDataChanges($id: ID!) {\n    hypothesis(id: $id) {\n      id\n      dataChanges {\n        id\n        reason\n        raisedAt\n        dataset {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeDataChange($id: ID!) {\n    acknowledgeDataChange(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeDataChange($id: ID!) {\n    acknowledgeDataChange(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileQualityReport($input: FileQualityReportInput!) {\n    fileQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation FileQualityReport($input: FileQualityReportInput!) {\n    fileQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetQualityReports($id: ID!) {\n    dataset(id: $id) {\n      id\n      openQualityReportCount\n      versions {\n        id\n        number\n      }\n      qualityReports {\n        id\n        dimension\n        column\n        description\n        state\n        createdAt\n        resolvedAt\n        resolutionNote\n        fixedInVersionId\n        allowedMoves\n        reporter {\n          id\n          name\n        }\n        reporterOrganisation {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n        messages {\n          id\n          body\n          ownerSide\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetQualityReports($id: ID!) {\n    dataset(id: $id) {\n      id\n      openQualityReportCount\n      versions {\n        id\n        number\n      }\n      qualityReports {\n        id\n        dimension\n        column\n        description\n        state\n        createdAt\n        resolvedAt\n        resolutionNote\n        fixedInVersionId\n        allowedMoves\n        reporter {\n          id\n          name\n        }\n        reporterOrganisation {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n        messages {\n          id\n          body\n          ownerSide\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToQualityReport($input: ReplyToQualityReportInput!) {\n    replyToQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToQualityReport($input: ReplyToQualityReportInput!) {\n    replyToQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmQualityReport($input: ConfirmQualityReportInput!) {\n    confirmQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmQualityReport($input: ConfirmQualityReportInput!) {\n    confirmQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectQualityReport($input: RejectQualityReportInput!) {\n    rejectQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RejectQualityReport($input: RejectQualityReportInput!) {\n    rejectQualityReport(input: $input) {\n      id\n      state\n    }\n  }\n"];
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
export function graphql(source: "\n  query QuestionRegistration($id: ID!) {\n    question(id: $id) {\n      id\n      registration {\n        id\n        round\n        contentHash\n        registeredAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decidedAt\n          by {\n            id\n            name\n          }\n        }\n        deviations {\n          kind\n          hypothesisId\n          field\n          before\n          after\n          lines {\n            change\n            text\n          }\n        }\n      }\n      registrations {\n        id\n        round\n        status\n        requestedAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        requestedBy {\n          id\n          name\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decision\n          reason\n          decidedAt\n          by {\n            id\n            name\n          }\n          mayDecide\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionRegistration($id: ID!) {\n    question(id: $id) {\n      id\n      registration {\n        id\n        round\n        contentHash\n        registeredAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decidedAt\n          by {\n            id\n            name\n          }\n        }\n        deviations {\n          kind\n          hypothesisId\n          field\n          before\n          after\n          lines {\n            change\n            text\n          }\n        }\n      }\n      registrations {\n        id\n        round\n        status\n        requestedAt\n        title\n        bodyText\n        hypotheses {\n          id\n          statement\n          rationale\n          expectedDirection\n        }\n        requestedBy {\n          id\n          name\n        }\n        signOffs {\n          organisation {\n            id\n            name\n          }\n          decision\n          reason\n          decidedAt\n          by {\n            id\n            name\n          }\n          mayDecide\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRegistration($id: ID!) {\n    requestRegistration(questionId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRegistration($id: ID!) {\n    requestRegistration(questionId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffRegistration($input: SignOffRegistrationInput!) {\n    signOffRegistration(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffRegistration($input: SignOffRegistrationInput!) {\n    signOffRegistration(input: $input) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionVersions($id: ID!) {\n    question(id: $id) {\n      id\n      versions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestoreQuestionVersion($id: ID!) {\n    restoreQuestionVersion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n      bodyHtml\n      bodyText\n    }\n  }\n"): (typeof documents)["\n  query QuestionVersion($id: ID!) {\n    questionVersion(id: $id) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n      bodyHtml\n      bodyText\n    }\n  }\n"];
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