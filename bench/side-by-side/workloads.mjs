// The six workloads of bench/run.sh, written once per system. Every request is a POST of a GraphQL-style body
// ({query, variables}); the raw-SQL baseline has one path per workload and reads only the variables.
// PostGraphile's queries alias its field names to ours (id: rowId, pet: petByPetId, …), so the three answers
// differ only in how ids, timestamps and decimals are written: see normalize().

const bookingFields = "id bookingDate status address notes estimatedDistanceKm";
const pglBookingFields = "id: rowId bookingDate status address notes estimatedDistanceKm";

const ourNested = `${bookingFields}
  pet { id name species }
  customer { id email firstName lastName }`;
const pglNested = `${pglBookingFields}
  pet: petByPetId { id: rowId name species }
  customer: userByUserId { id: rowId email firstName lastName }`;

const ourItems = `items(first: 10, order: [{ id: ASC }]) {
  nodes { id quantity unitPrice labTest { id name price } report { id status findings } } }`;
const pglItems = `items: bookingItemsByBookingId(first: 10, orderBy: [ROW_ID_ASC]) {
  nodes { id: rowId quantity unitPrice
    labTest: labTestByLabTestId { id: rowId name price }
    report: testReportByBookingItemId { id: rowId status findings } } }`;

const ourList = (fields) => `query List($status: BookingStatus!, $first: Int!, $after: String) {
  bookings(where: { status: { eq: $status } }, order: [{ bookingDate: ASC }], first: $first, after: $after) {
    nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;
const pglList = (fields) => `query List($status: String!, $first: Int!, $after: Cursor) {
  bookings: allBookings(filter: { status: { equalTo: $status } }, orderBy: [BOOKING_DATE_ASC, ROW_ID_ASC],
    first: $first, after: $after) {
    nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;

export const queries = {
  ours: {
    list: ourList(bookingFields),
    nested: ourList(`${ourNested} ${ourItems}`),
    byId: `query ById($id: ID!) { node(id: $id) { ... on Booking { ${ourNested} } } }`,
    mutation: `mutation SetStatus($bookingId: ID!, $status: BookingStatus!) {
      updateBookingStatus(input: { bookingId: $bookingId, status: $status }) { booking { id status } } }`,
    create: `mutation CreatePet($input: CreatePetInput!) {
      createPet(input: $input) { pet { id name species breed } errors { __typename message } } }`,
  },
  postgraphile: {
    list: pglList(pglBookingFields),
    nested: pglList(`${pglNested} ${pglItems}`),
    byId: `query ById($id: UUID!) { node: bookingByRowId(rowId: $id) { ${pglNested} } }`,
    mutation: `mutation SetStatus($bookingId: UUID!, $status: String!) {
      updateBookingStatus: updateBookingByRowId(input: { rowId: $bookingId, bookingPatch: { status: $status } }) {
        booking { id: rowId status } } }`,
    create: `mutation CreatePet($userId: UUID!, $name: String!, $species: String!, $breed: String) {
      createPet(input: { pet: { userId: $userId, name: $name, species: $species, breed: $breed } }) {
        pet { id: rowId name species breed } } }`,
    // How the deep page's cursor is found on PostGraphile: the edge just before it, by offset (once, not timed).
    cursorAt: `query CursorAt($status: String!, $offset: Int!) {
      allBookings(filter: { status: { equalTo: $status } }, orderBy: [BOOKING_DATE_ASC, ROW_ID_ASC],
        first: 1, offset: $offset) { edges { cursor } } }`,
  },
};

// The writes last: neither changes what the reads return (the mutation toggles bookings the reads do not show,
// and no read touches pets), but a failed write then cannot spoil a read.
// BENCH_WORKLOADS=create,mutation runs only those (in this order), e.g. to measure writes apart from a read that
// wears the server down first.
const allWorkloads = ["list", "nested", "byId", "deep", "mutation", "create"];
export const workloadNames = process.env.BENCH_WORKLOADS
  ? allWorkloads.filter((w) => process.env.BENCH_WORKLOADS.split(",").includes(w))
  : allWorkloads;

/** The pet every create request makes (the same body each time: each request inserts one more such pet). */
export const createdPet = { name: "Bench", species: "Dog", breed: "Beagle" };

/** Our mutation field behind a workload that our schema may still lack (that workload is then n/a on our side). */
export const ourMutationFields = { mutation: "updateBookingStatus", create: "createPet" };

/** Our global IDs: base64 of `TypeName:hex32`. */
export function globalId(type, uuid) {
  return Buffer.from(`${type}:${uuid.replaceAll("-", "")}`).toString("base64");
}

/** Our keyset cursor for (booking date, id): base64 of a JSON array of the sort key values. */
export function ourCursor(bookingDate, uuid) {
  return Buffer.from(JSON.stringify([bookingDate, uuid])).toString("base64");
}

/** The request {path, body} a system gets for a workload; `target` picks the mutation's booking and status. */
export function request(system, workload, params, cursors, target = 0) {
  const graphql = system === "raw-sql" ? "ours" : system;
  const ids = system === "postgraphile" ? (uuid) => uuid : (uuid) => globalId("Booking", uuid);
  const page = { status: params.status, first: params.pageSize, after: null };
  let query;
  let variables;
  switch (workload) {
    case "list":
    case "nested":
      query = queries[graphql][workload];
      variables = page;
      break;
    case "deep":
      query = queries[graphql].list;
      variables = { ...page, after: cursors[system] };
      break;
    case "byId":
      query = queries[graphql].byId;
      variables = { id: ids(params.byId) };
      break;
    case "mutation": {
      const bookings = params.mutationBookings;
      const status = params.mutationStatuses[Math.floor(target / bookings.length) % params.mutationStatuses.length];
      query = queries[graphql].mutation;
      variables = { bookingId: ids(bookings[target % bookings.length]), status };
      break;
    }
    case "create":
      query = queries[graphql].create;
      variables = system === "postgraphile"
        ? { userId: params.createOwner, ...createdPet }
        : { input: { ownerId: globalId("User", params.createOwner), ...createdPet } };
      break;
    default:
      throw new Error(`unknown workload ${workload}`);
  }
  const path = system === "raw-sql" ? `/${workload === "deep" ? "list" : workload}` : "/graphql";
  return { path, body: JSON.stringify({ query, variables }) };
}

const decimalFields = new Set(["estimatedDistanceKm", "unitPrice", "price"]);
const timestampFields = new Set(["bookingDate"]);
const droppedFields = new Set(["endCursor"]);

/** A UUID as 32 lower-case hex digits, from a UUID or from one of our global IDs. */
function normalizeId(value) {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    return value.replaceAll("-", "").toLowerCase();
  }
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const match = /^[A-Za-z]+:([0-9a-f]{32})$/.exec(decoded);
  return match ? match[1] : `unrecognised id ${value}`;
}

/**
 * What the same-data check compares of an answer's (normalized) data. A create makes a new row each time, so its
 * id differs between systems and requests: only the created pet's fields are compared, and a system that answers
 * errors (ours: the mutation conventions' `errors`) or no pet has no data to compare.
 */
export function comparable(workload, data) {
  if (workload !== "create") return data;
  const created = data?.createPet;
  if (!created?.pet || (created.errors && created.errors.length > 0)) {
    return { createPet: { pet: null, errors: created?.errors ?? null } };
  }
  const { name, species, breed } = created.pet;
  return { createPet: { pet: { name, species, breed } } };
}

/**
 * The data of an answer with the systems' spellings removed: ids as hex UUIDs, timestamps as ISO UTC to the
 * millisecond (our DateTime scalar writes milliseconds, PostgreSQL keeps microseconds), decimals as numbers,
 * cursors dropped (each system has its own).
 */
export function normalize(value, key = "") {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => normalize(item));
  if (typeof value === "object") {
    const result = {};
    for (const name of Object.keys(value).sort()) {
      if (!droppedFields.has(name)) result[name] = normalize(value[name], name);
    }
    return result;
  }
  if (key === "id") return normalizeId(String(value));
  if (decimalFields.has(key)) return Number(value);
  if (timestampFields.has(key)) return new Date(Date.parse(value)).toISOString();
  return value;
}
