// Runs what the Relay compiler made of the Relay apps (compile.mjs --out DIR) against a running server:
//   node relay-live.mjs <url of /graphql> <DIR>
// For each app: its connection query (the text Relay sends: with the cursors and pageInfo @connection adds), the
// @refetchable fragment's query for the first node through `node(id:)` (the Node interface), and its mutation. Exits 1
// when any answer has errors or is not what Relay's store needs.
import { print } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOperations } from './operations.mjs';
import { check, demoEmail, demoPassword } from './scenarios.mjs';

const [endpoint, directory] = process.argv.slice(2);
if (!endpoint || !directory) {
  console.error('usage: node relay-live.mjs <url of the GraphQL endpoint> <compile.mjs --out directory>');
  process.exit(2);
}

const stamp = Date.now().toString(36);
const apps = [
  {
    app: 'PetLab',
    role: 'CUSTOMER',
    list: ['PetLabPetsQuery', { first: 2 }, 'pets'],
    refetch: 'PetLabPetRefetchQuery',
    mutation: ['PetLabCreatePetMutation', { input: { name: `Relay ${stamp}`, species: 'Cat' }, connections: [] }, 'createPet'],
  },
  {
    app: 'Therapy',
    role: 'ADMIN',
    list: ['TherapyProgramsQuery', { first: 2, search: 'therapy' }, 'programs'],
    refetch: 'TherapyProgramRefetchQuery',
    mutation: ['TherapyCreateProgramMutation', { input: { name: `Relay Therapy ${stamp}`, price: 100, durationWeeks: 4 }, connections: [] }, 'createProgram'],
  },
  {
    app: 'Sales',
    role: 'SALES',
    list: ['SalesLeadsQuery', { first: 2, statuses: ['NEW', 'CONTACTED', 'QUALIFIED'] }, 'leads'],
    refetch: 'SalesLeadRefetchQuery',
    mutation: ['SalesCreateLeadMutation', { input: { firstName: 'Relay', lastName: stamp, source: 'Relay app' }, connections: [] }, 'createLead'],
  },
  {
    app: 'PatientJourney',
    role: 'PATIENT',
    list: ['PatientJourneyProfilesQuery', { first: 2 }, 'patientProfiles'],
    refetch: 'PatientJourneyProfileRefetchQuery',
    mutation: [
      'PatientJourneyRecordEventMutation',
      (profile) => ({ input: { eventType: 'relay.profile_viewed', source: 'relay-app', patientProfileId: profile.id } }),
      'recordJourneyEvent',
    ],
  },
];

const text = (name) => {
  const source = readFileSync(join(directory, 'relay', `${name}.graphql.ts`), 'utf8');
  const literal = source.match(/"text": ("(?:[^"\\]|\\.)*")/);
  check(literal, `${name}: no operation text in its artifact`);
  return JSON.parse(literal[1]);
};

async function post(query, variables, token) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  check(response.ok && !body.errors, `${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const signIn = print(loadOperations().get('SignIn').document);
let failed = false;
for (const { app, role, list, refetch, mutation } of apps) {
  try {
    const login = (await post(signIn, { email: demoEmail(role), password: demoPassword })).login;
    check(login.accessToken, `signing in as ${role} failed: ${JSON.stringify(login.errors)}`);
    const token = login.accessToken;

    const [listName, listVariables, field] = list;
    const connection = (await post(text(listName), listVariables, token))[field];
    check(connection.edges.length > 0 && connection.edges.every((edge) => edge.cursor && edge.node.__typename), `${listName}: edges without cursor or __typename`);
    check(typeof connection.pageInfo.hasNextPage === 'boolean', `${listName}: no pageInfo`);

    const first = connection.edges[0].node;
    const node = (await post(text(refetch), { id: first.id }, token)).node;
    check(node?.id === first.id && node.__typename === first.__typename, `${refetch}: node(id:) answered ${JSON.stringify(node)}`);

    const [mutationName, mutationVariables, payloadField] = mutation;
    const variables = typeof mutationVariables === 'function' ? mutationVariables(first) : mutationVariables;
    const payload = (await post(text(mutationName), variables, token))[payloadField];
    check(payload && !(payload.errors?.length > 0), `${mutationName}: ${JSON.stringify(payload)}`);
    console.log(`relay ${app}: ${listName} (${connection.edges.length} edges), ${refetch} through node(id:), ${mutationName}`);
  } catch (error) {
    failed = true;
    console.error(`relay ${app} FAILED: ${error.stack ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
