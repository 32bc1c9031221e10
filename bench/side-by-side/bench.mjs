// The checking and timing half of bench/run.sh (run.sh starts the database and the three servers):
//   node bench.mjs <config.json>
// config: {systems: {name: baseUrl}, params: {...}, connections, warmupSeconds, seconds, results}
// 1. finds the deep page's cursor on each system; 2. checks that every system gives the same data for every
// workload (our mutation or create is "n/a" while our schema lacks its field); 3. drives each system in turn with
// autocannon, a warm-up first; 4. prints the table and the ratios line.
// Around each measured run it also reads where the time went: the CPU time of the server's process
// (config.pids), of every PostgreSQL process and of this load generator, and, when config.psql is set
// (a psql command line for the postgres database), what pg_stat_statements counted for the graph database.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import {
  comparable, createdPet, normalize, ourCursor, ourMutationFields, queries, request, workloadNames,
} from "./workloads.mjs";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { systems, params } = config;
const systemNames = Object.keys(systems);

async function post(system, { path, body }) {
  const response = await fetch(systems[system] + path, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...config.headers?.[system] },
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
  return { data: comparable(workload, normalize(json.data)) };
}

function nonEmpty(workload, data) {
  switch (workload) {
    case "byId":
      return data.node !== null;
    case "mutation":
      return data.updateBookingStatus?.booking?.status === params.mutationStatuses[0];
    case "create":
      return data.createPet?.pet?.name === createdPet.name;
    default:
      return data.bookings.nodes.length === params.pageSize;
  }
}

/** Which workloads each system runs: every one, except our mutation or create while our schema lacks its field. */
async function check(cursors) {
  const runs = Object.fromEntries(systemNames.map((system) => [system, new Set()]));
  const notes = [];
  for (const workload of workloadNames) {
    const answers = {};
    for (const system of systemNames) answers[system] = await answer(system, workload, cursors);
    for (const system of systemNames) {
      const { error } = answers[system];
      if (!error) continue;
      const field = ourMutationFields[workload];
      // the validation error names the missing field, or its input type (createPet: CreatePetInput)
      if (system === "ours" && field && error.toLowerCase().includes(field.toLowerCase())) {
        notes.push(`ours: ${workload} n/a (${field} is not in this build's schema: ${error.slice(0, 160)})`);
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

const clockTicks = Number(config.clockTicks ?? 100);

/** utime + stime of a process in milliseconds (0 when it has gone). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return 0;
  }
}

/** The CPU time of every PostgreSQL process (postmaster, backends, background workers). */
function postgresCpuMs() {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") total += cpuMs(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

function psql(sql) {
  if (!config.psql) return "";
  const [command, ...args] = config.psql;
  return execFileSync(command, [...args, "-At", "-F", "\t", "-c", sql], { encoding: "utf8" }).trim();
}

/** Per request: statements sent, their execution and planning time in PostgreSQL (pg_stat_statements). */
function statements(requests) {
  const line = psql(`SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0), coalesce(sum(total_plan_time), 0)
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'graph'`);
  if (!line) return {};
  const [calls, exec, plan] = line.split("\t").map(Number);
  return { statementsPerRequest: calls / requests, dbExecMs: exec / requests, dbPlanMs: plan / requests };
}

/** The statements of the last run that took the most database time, for the work directory. */
function topStatements() {
  return psql(`SELECT calls, round(mean_exec_time::numeric, 3), round(mean_plan_time::numeric, 3),
      left(regexp_replace(query, '\\s+', ' ', 'g'), 400)
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'graph'
    ORDER BY total_exec_time + total_plan_time DESC LIMIT 5`);
}

function load(system, workload, cursors, seconds) {
  const base = { "content-type": "application/json", accept: "application/json", ...config.headers?.[system] };
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
      psql("SELECT pg_stat_statements_reset()");
      const before = { server: cpuMs(config.pids[system]), postgres: postgresCpuMs(), driver: process.cpuUsage() };
      const r = await load(system, workload, cursors, config.seconds);
      const driver = process.cpuUsage(before.driver);
      const n = Math.max(1, r.requests.total);
      const cost = {
        serverCpuMs: (cpuMs(config.pids[system]) - before.server) / n,
        postgresCpuMs: (postgresCpuMs() - before.postgres) / n,
        driverCpuMs: (driver.user + driver.system) / 1000 / n,
        ...statements(n),
      };
      if (config.statementsLog) {
        writeFileSync(config.statementsLog, `== ${workload} ${system}\n${topStatements()}\n`, { flag: "a" });
      }
      const failed = r.errors + r.timeouts + r.non2xx;
      const row = {
        system,
        workload,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        failed,
        ...cost,
      };
      results.push(row);
      console.log(`${workload} ${system}: ${row.rps.toFixed(0)} req/s p50 ${row.p50} ms p99 ${row.p99} ms` +
        (failed ? ` (${failed} failed)` : ""));
    }
  }
  return results;
}

function table(results) {
  const lines = ["| workload | system | requests/s | p50 ms | p99 ms |", "| --- | --- | ---: | ---: | ---: |"];
  for (const r of results) {
    lines.push(r.na
      ? `| ${r.workload} | ${r.system} | n/a | n/a | n/a |`
      : `| ${r.workload} | ${r.system} | ${r.rps.toFixed(0)}${r.failed ? ` (${r.failed} failed)` : ""} | ${r.p50} | ${r.p99} |`);
  }
  return lines.join("\n");
}

/** Where each request's time went: CPU of the server, of PostgreSQL and of the load generator, and SQL counts. */
function costTable(results) {
  const lines = [
    "| workload | system | server CPU ms/req | PostgreSQL CPU ms/req | load generator CPU ms/req | statements/req | SQL exec ms/req | SQL plan ms/req |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const f = (value, digits = 2) => (value === undefined ? "-" : value.toFixed(digits));
  for (const r of results.filter((row) => !row.na)) {
    lines.push(`| ${r.workload} | ${r.system} | ${f(r.serverCpuMs)} | ${f(r.postgresCpuMs)} | ${f(r.driverCpuMs)} | ` +
      `${f(r.statementsPerRequest, 1)} | ${f(r.dbExecMs, 3)} | ${f(r.dbPlanMs, 3)} |`);
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
  // Every workload measured, in the order they ran (issue 20's line: list, nested, byId, deep, mutation, then create).
  const workloads = [...new Set(results.map((r) => r.workload))];
  const part = (other) => workloads.map((w) => `${w}=${ratio(w, other)}`).join(" ");
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
console.log("");
console.log(costTable(results));
console.log("");
for (const note of notes) console.log(note);
console.log(ratios(results));
