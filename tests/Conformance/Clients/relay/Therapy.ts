// A Relay app of the therapy center: programs (public), each program's enrollments paged through the Node interface,
// and a new program prepended to the catalogue.
import { graphql } from 'relay-runtime';

export const programsQuery = graphql`
  query TherapyProgramsQuery($first: Int!, $after: String, $search: String!) {
    programs(first: $first, after: $after, where: { name: { icontains: $search } }, order: [{ price: ASC }])
      @connection(key: "Therapy_programs") {
      edges {
        node {
          id
          ...Therapy_program
        }
      }
    }
  }
`;

export const programFragment = graphql`
  fragment Therapy_program on Program
  @refetchable(queryName: "TherapyProgramRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }, status: { type: "EnrollmentStatus", defaultValue: ACTIVE }) {
    id
    name
    price
    enrollments(first: $count, after: $cursor, where: { status: { eq: $status } }) @connection(key: "Therapy_program_enrollments") {
      edges {
        node {
          id
          status
          freezeDaysUsed
          frozenUntil
        }
      }
    }
  }
`;

export const createProgramMutation = graphql`
  mutation TherapyCreateProgramMutation($input: CreateProgramInput!, $connections: [ID!]!) {
    createProgram(input: $input) {
      program @prependNode(connections: $connections, edgeTypeName: "ProgramsEdge") {
        id
        ...Therapy_program
      }
      errors {
        __typename
        message
      }
    }
  }
`;
