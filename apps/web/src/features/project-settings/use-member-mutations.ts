import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const PutProjectMemberMutation = graphql(`
  mutation PutProjectMember($input: ProjectMemberInput!) {
    putProjectMember(input: $input) {
      role
      user {
        id
        name
      }
    }
  }
`);

const RemoveProjectMemberMutation = graphql(`
  mutation RemoveProjectMember($input: RemoveProjectMemberInput!) {
    removeProjectMember(input: $input)
  }
`);

// Membership changes what the member lists, the candidates and the activity feed show.
const AFFECTED = [
  'ProjectSettingsMembers',
  'ProjectMembers',
  'ProjectMemberCandidates',
  'ProjectActivity',
];

/** Adding, re-roling and removing members; each refreshes every list that shows them. */
export function useMemberMutations() {
  const [putMember, put] = useMutation(PutProjectMemberMutation, {
    refetchQueries: AFFECTED,
    awaitRefetchQueries: true,
  });
  const [removeMember, remove] = useMutation(RemoveProjectMemberMutation, {
    refetchQueries: AFFECTED,
    awaitRefetchQueries: true,
  });
  return { putMember, removeMember, busy: put.loading || remove.loading };
}
