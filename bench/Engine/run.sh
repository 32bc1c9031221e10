#!/usr/bin/env bash
# The engine benchmark side by side with graphql-js on this machine:
#   bench/Engine/run.sh [--quick]
# runs EngineBenchmarks (BenchmarkDotNet; --quick uses its short job) and graphql-js.mjs, then prints
#   parse=X validate=Y execute=Z execute_cached_plan=W
# where each figure is our throughput divided by graphql-js's (goal: 3 or more). execute is like for like
# (nothing reused between runs); execute_cached_plan reuses our executor's per-operation plans, as a server
# does for a document from its operation cache (graphql-js has no such cache).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
quick=0
if [[ "${1:-}" == "--quick" ]]; then
  quick=1
fi

command -v node >/dev/null || { echo "run.sh needs node (20 or later) on PATH" >&2; exit 1; }
if [[ ! -d "$root/tests/Conformance/node_modules" ]]; then
  (cd "$root/tests/Conformance" && npm ci --no-audit --no-fund)
fi

artifacts="$here/BenchmarkDotNet.Artifacts"
rm -rf "$artifacts/results"
bdn_args=(--filter '*' --exporters json --artifacts "$artifacts")
js_seconds=5
if [[ $quick -eq 1 ]]; then
  bdn_args+=(--job short)
  js_seconds=2
fi

# graphql-js runs before and after BenchmarkDotNet and keeps its better figure of the two, so that a busy
# moment on a shared machine does not flatter us.
js_before="$(node "$here/graphql-js.mjs" --seconds "$js_seconds")"
echo "graphql-js (before): $js_before"
dotnet run -c Release --project "$here/Engine.Benchmarks.csproj" -- "${bdn_args[@]}"
js_after="$(node "$here/graphql-js.mjs" --seconds "$js_seconds")"
echo "graphql-js (after): $js_after"

node - "$artifacts/results" "$js_before" "$js_after" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const [dir, ...jsRuns] = process.argv.slice(2);
const runs = jsRuns.map((run) => JSON.parse(run));
const js = {};
for (const name of ['parse', 'validate', 'execute']) {
  js[name] = Math.max(...runs.map((run) => run[name]));
}
const ours = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  for (const benchmark of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).Benchmarks) {
    if (benchmark.Statistics === null) {
      console.error(`BenchmarkDotNet has no measurements for ${benchmark.Method}: see its log above`);
      process.exit(1);
    }
    // The median resists the outliers a shared machine produces better than the mean.
    ours[benchmark.Method.toLowerCase()] = 1e9 / benchmark.Statistics.Median;
  }
}
const parts = [];
for (const name of ['parse', 'validate', 'execute']) {
  if (ours[name] === undefined) {
    console.error(`no BenchmarkDotNet result for ${name}`);
    process.exit(1);
  }
  console.log(`${name}: ours ${Math.round(ours[name])} ops/s, graphql-js ${js[name]} ops/s`);
  parts.push(`${name}=${(ours[name] / js[name]).toFixed(2)}`);
}
if (ours.executecachedplan !== undefined) {
  console.log(`execute (cached plan): ours ${Math.round(ours.executecachedplan)} ops/s`);
  parts.push(`execute_cached_plan=${(ours.executecachedplan / js.execute).toFixed(2)}`);
}
console.log(parts.join(' '));
JS
