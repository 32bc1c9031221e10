// The checking and timing half of bench/run.sh (run.sh starts the database and the three servers):
//   node bench.mjs <config.json>
// config: {systems: {name: baseUrl}, params: {...}, connections, warmupSeconds, seconds, results}
// 1. finds the deep page's cursor on each system; 2. checks that every system gives the same data for every
// workload (the mutation of a system whose schema lacks it is "n/a"); 3. drives each system in turn with
// autocannon, a warm-up first; 4. prints the table and the ratios line.
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { normalize, ourCursor, queries, request, workloadNames } from "./workloads.mjs";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { systems, params } = config;
const systemNames = Object.keys(systems);

async function post(system, { path, body }) {
  const response = await fetch(systems[system] + path, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
  });
  const text = await response.text();
  try {
    return { status: response.status, json: JSON.parse(text) };
  } catch {
    return { status: response.status, json: { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] } };
  }
}

async function deepCursors() {
  const cursors = {};
  const ours = ourCursor(params.deepAfter.bookingDate, params.deepAfter.id);
  cursors.ours = ours;
  cursors["raw-sql"] = ours;
  const body = JSON.stringify({
    query: queries.postgraphile.cursorAt,
    variables: { status: params.status, offset: params.depth - 1 },
  });
  const { json } = await post("postgraphile", { path: "/graphql", body });
  const cursor = json.data?.allBookings?.edges?.[0]?.cursor;
  if (!cursor) throw new Error(`PostGraphile gave no cursor at offset ${params.depth - 1}: ${JSON.stringify(json)}`);
  cursors.postgraphile = cursor;
  return cursors;
}

/** A system's answer to one workload: its normalized data, or why there is none. */
async function answer(system, workload, cursors) {
  const { status, json } = await post(system, request(system, workload, params, cursors));
  if (status !== 200 || json.errors) {
    return { error: `HTTP ${status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}` };
  }
  return { data: normalize(json.data) };
}

function nonEmpty(workload, data) {
  switch (workload) {
    case "byId":
      return data.node !== null;
    case "mutation":
      return data.updateBookingStatus?.booking?.status === params.mutationStatuses[0];
    default:
      return data.bookings.nodes.length === params.pageSize;
  }
}

/** Which workloads each system runs: every one, except our mutation while our schema lacks it. */
async function check(cursors) {
  const runs = Object.fromEntries(systemNames.map((system) => [system, new Set()]));
  const notes = [];
  for (const workload of workloadNames) {
    const answers = {};
    for (const system of systemNames) answers[system] = await answer(system, workload, cursors);
    for (const system of systemNames) {
      const { error } = answers[system];
      if (!error) continue;
      if (system === "ours" && workload === "mutation" && /updateBookingStatus/.test(error)) {
        notes.push(`ours: mutation n/a (updateBookingStatus is not in this build's schema: ${error.slice(0, 160)})`);
        continue;
      }
      throw new Error(`${system} fails ${workload}: ${error}`);
    }
    const answered = systemNames.filter((system) => answers[system].data);
    const [reference, ...others] = answered;
    if (!nonEmpty(workload, answers[reference].data)) {
      throw new Error(`${reference} answers ${workload} with too little data: ${JSON.stringify(answers[reference].data).slice(0, 300)}`);
    }
    for (const system of others) {
      if (!isDeepStrictEqual(answers[reference].data, answers[system].data)) {
        writeFileSync(`${config.results}.${workload}.${reference}.json`, JSON.stringify(answers[reference].data, null, 2));
        writeFileSync(`${config.results}.${workload}.${system}.json`, JSON.stringify(answers[system].data, null, 2));
        throw new Error(`${system} and ${reference} differ on ${workload} (both answers written beside ${config.results})`);
      }
    }
    for (const system of answered) runs[system].add(workload);
    console.log(`check ${workload}: ${answered.join(", ")} agree`);
  }
  return { runs, notes };
}

function load(system, workload, cursors, seconds) {
  const base = { "content-type": "application/json", accept: "application/json" };
  let next = 0;
  const first = request(system, workload, params, cursors);
  const spec = { method: "POST", path: first.path, headers: base, body: first.body };
  if (workload === "mutation") {
    // each request sets the next booking of the pool to the next status, so no two in a row wait on one row lock
    spec.setupRequest = (req) => ({ ...req, body: request(system, workload, params, cursors, next++).body });
  }
  return new Promise((resolve, reject) => {
    autocannon(
      { url: systems[system], connections: config.connections, duration: seconds, requests: [spec] },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function measure(runs, cursors) {
  const results = [];
  for (const workload of workloadNames) {
    for (const system of systemNames) {
      if (!runs[system].has(workload)) {
        results.push({ system, workload, na: true });
        continue;
      }
      await load(system, workload, cursors, config.warmupSeconds);
      const r = await load(system, workload, cursors, config.seconds);
      const failed = r.errors + r.timeouts + r.non2xx;
      const row = {
        system,
        workload,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        failed,
      };
      results.push(row);
      console.log(`${workload} ${system}: ${row.rps.toFixed(0)} req/s p50 ${row.p50} ms p99 ${row.p99} ms` +
        (failed ? ` (${failed} failed)` : ""));
      if (failed > r.requests.total / 100) throw new Error(`${system} failed ${failed} requests on ${workload}`);
    }
  }
  return results;
}

function table(results) {
  const lines = ["| workload | system | requests/s | p50 ms | p99 ms |", "| --- | --- | ---: | ---: | ---: |"];
  for (const r of results) {
    lines.push(r.na
      ? `| ${r.workload} | ${r.system} | n/a | n/a | n/a |`
      : `| ${r.workload} | ${r.system} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} |`);
  }
  return lines.join("\n");
}

function ratios(results) {
  const rps = (system, workload) => results.find((r) => r.system === system && r.workload === workload)?.rps;
  const ratio = (workload, other) => {
    const ours = rps("ours", workload);
    const theirs = rps(other, workload);
    return ours && theirs ? (ours / theirs).toFixed(2) : "n/a";
  };
  const part = (other) => ["list", "nested", "byId"].map((w) => `${w}=${ratio(w, other)}`).join(" ");
  return `ratios: ${part("postgraphile")} vs postgraphile; ${part("raw-sql")} vs raw-sql`;
}

const cursors = await deepCursors();
const { runs, notes } = await check(cursors);
for (const note of notes) console.log(note);
const results = await measure(runs, cursors);
writeFileSync(config.results, JSON.stringify({ config, results }, null, 2));
console.log("");
console.log(`${config.connections} connections, ${config.warmupSeconds} s warm-up, ${config.seconds} s measured per system and workload`);
console.log(table(results));
for (const note of notes) console.log(note);
console.log(ratios(results));
