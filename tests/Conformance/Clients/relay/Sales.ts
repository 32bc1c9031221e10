// A Relay app of the sales portal: the funnel as a connection, each lead's calls paged through the Node interface,
// and a new lead prepended to the funnel.
import { graphql } from 'relay-runtime';

export const leadsQuery = graphql`
  query SalesLeadsQuery($first: Int!, $after: String, $statuses: [LeadStatus!]!) {
    leads(first: $first, after: $after, where: { status: { in: $statuses } }, order: [{ score: DESC }])
      @connection(key: "Sales_leads", filters: ["where"]) {
      edges {
        node {
          id
          ...Sales_lead
        }
      }
    }
  }
`;

export const leadFragment = graphql`
  fragment Sales_lead on Lead
  @refetchable(queryName: "SalesLeadRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    id
    firstName
    lastName
    status
    score
    salesCalls(first: $count, after: $cursor) @connection(key: "Sales_lead_salesCalls") {
      edges {
        node {
          id
        }
      }
    }
  }
`;

export const createLeadMutation = graphql`
  mutation SalesCreateLeadMutation($input: CreateLeadInput!, $connections: [ID!]!) {
    createLead(input: $input) {
      lead @prependNode(connections: $connections, edgeTypeName: "LeadsEdge") {
        id
        ...Sales_lead
      }
      errors {
        __typename
        message
      }
    }
  }
`;
