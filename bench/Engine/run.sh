#!/usr/bin/env bash
# The engine benchmark side by side with graphql-js on this machine:
#   bench/Engine/run.sh [--quick]
# runs EngineBenchmarks (BenchmarkDotNet; --quick uses its short job) and graphql-js.mjs, then prints
#   parse=X validate=Y execute=Z
# where each figure is our throughput divided by graphql-js's (goal: 3 or more).
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

dotnet run -c Release --project "$here/Engine.Benchmarks.csproj" -- "${bdn_args[@]}"

js="$(node "$here/graphql-js.mjs" --seconds "$js_seconds")"
echo "graphql-js: $js"

node - "$artifacts/results" "$js" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const [dir, jsJson] = process.argv.slice(2);
const js = JSON.parse(jsJson);
const ours = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  for (const benchmark of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).Benchmarks) {
    if (benchmark.Statistics === null) {
      console.error(`BenchmarkDotNet has no measurements for ${benchmark.Method}: see its log above`);
      process.exit(1);
    }
    ours[benchmark.Method.toLowerCase()] = 1e9 / benchmark.Statistics.Mean;
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
console.log(parts.join(' '));
JS
