// A Relay app of the patient journey: the caller's patient profiles, each one's consultations paged through the Node
// interface, and a journey step recorded.
import { graphql } from 'relay-runtime';

export const profilesQuery = graphql`
  query PatientJourneyProfilesQuery($first: Int!, $after: String) {
    patientProfiles(first: $first, after: $after, order: [{ lastName: ASC }]) @connection(key: "PatientJourney_patientProfiles") {
      edges {
        node {
          id
          ...PatientJourney_profile
        }
      }
    }
  }
`;

export const profileFragment = graphql`
  fragment PatientJourney_profile on PatientProfile
  @refetchable(queryName: "PatientJourneyProfileRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    id
    firstName
    lastName
    consultations(first: $count, after: $cursor, order: [{ scheduledAt: ASC }]) @connection(key: "PatientJourney_profile_consultations") {
      edges {
        node {
          id
          status
          scheduledAt
        }
      }
    }
  }
`;

export const recordEventMutation = graphql`
  mutation PatientJourneyRecordEventMutation($input: RecordJourneyEventInput!) {
    recordJourneyEvent(input: $input) {
      recordedAt
      errors {
        __typename
        message
      }
    }
  }
`;
