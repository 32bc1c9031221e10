// A Relay app of the pet lab: a customer's pets (a connection Relay pages and updates), each pet's bookings paged
// and refetched through the Node interface, and a new pet appended to the list.
import { graphql } from 'relay-runtime';

export const petsQuery = graphql`
  query PetLabPetsQuery($first: Int!, $after: String) {
    pets(first: $first, after: $after, order: [{ name: ASC }]) @connection(key: "PetLab_pets") {
      __id
      edges {
        node {
          id
          ...PetLab_pet
        }
      }
    }
  }
`;

export const petFragment = graphql`
  fragment PetLab_pet on Pet
  @refetchable(queryName: "PetLabPetRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    id
    name
    species
    breed
    bookings(first: $count, after: $cursor, order: [{ bookingDate: DESC }]) @connection(key: "PetLab_pet_bookings") {
      edges {
        node {
          id
          status
          bookingDate
        }
      }
    }
  }
`;

export const createPetMutation = graphql`
  mutation PetLabCreatePetMutation($input: CreatePetInput!, $connections: [ID!]!) {
    createPet(input: $input) {
      pet @appendNode(connections: $connections, edgeTypeName: "PetsEdge") {
        id
        ...PetLab_pet
      }
      errors {
        __typename
        message
      }
    }
  }
`;
