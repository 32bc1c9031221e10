// Differential corpus: random documents over the harness schema, with graphql-js's errors for each.
// Usage: node fuzz.mjs [count] [seed] [graphql path] ; writes corpus.json
import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';

const here = path.dirname(url.fileURLToPath(import.meta.url));
const count = Number(process.argv[2] ?? 1500);
let seed = Number(process.argv[3] ?? 12345);
const graphql = await import(process.argv[4] ?? '/work/wt/refs/node_modules/graphql/index.mjs');
const { buildSchema, parse, validate, print, isObjectType, isInterfaceType, isUnionType, isInputObjectType, isEnumType, isScalarType, isListType, isNonNullType, getNamedType } = graphql;
const schema = buildSchema(fs.readFileSync(path.join(here, '..', 'harness.graphql'), 'utf8'));

// mulberry32: small, seedable, and good enough to avoid short cycles.
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
let clean = false;
const chance = (p) => rnd() < p;
// In clean documents, error injections (guarded by noisy) are switched off.
const noisy = (p) => !clean && rnd() < p;

const composite = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t) || isUnionType(t)));
const inputTypeNames = ['Int', 'Int!', 'String', 'String!', 'Boolean', 'Boolean!', 'ID', 'Float', '[String]', '[String!]!', 'ComplexInput', 'OneOfInput', 'FurColor', 'DogCommand!', 'Dog', 'Unknown', '[Int]'];
const directiveNames = ['include', 'skip', 'onField', 'onQuery', 'onFragmentSpread', 'onInlineFragment', 'repeatable', 'directiveA', 'withArgs', 'unknownDir', 'deprecated', 'defer', 'stream'];
const typos = (name) => (clean ? name : pick([name, name, name, name.slice(0, -1), name + 's', name.toUpperCase(), 'unknownField']));

let variables;
let fragmentNames;

function randomValue(type, depth) {
  const named = type ? getNamedType(type) : undefined;
  if (chance(0.12) && variables.length) return '$' + pick(variables).name;
  if (noisy(0.06)) return '$' + pick(['undefinedVar', 'x']);
  if (chance(0.08)) return 'null';
  if (noisy(0.15) || !named || depth > 2) {
    return pick(['1', '-7', '2147483648', '1.5', '"str"', 'true', 'false', 'SIT', 'BROWN', 'sit', '[1, 2]', '["a", null]', '{ requiredField: true }', '{}', '"""block"""']);
  }
  if (type && isListType(type.ofType ?? type) && chance(0.7)) {
    const inner = (type.ofType ?? type).ofType ?? named;
    const n = Math.floor(rnd() * 3);
    return '[' + Array.from({ length: n }, () => randomValue(inner, depth + 1)).join(', ') + ']';
  }
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const chosen = fields.filter(() => chance(0.5));
    if (noisy(0.2)) chosen.push({ name: pick(['unknown', 'stringfield', 'intField']), type: undefined });
    return '{ ' + chosen.map((f) => `${f.name}: ${randomValue(f.type, depth + 1)}`).join(', ') + ' }';
  }
  if (isEnumType(named)) return clean ? pick(named.getValues().map((v) => v.name)) : pick([...named.getValues().map((v) => v.name), 'JUGGLE', '"SIT"']);
  switch (named.name) {
    case 'Int': return pick(['0', '42', '-3', '3.5', '"4"', '99999999999']);
    case 'Float': return pick(['1.5', '2', '"x"', 'true']);
    case 'String': return pick(['"a"', '"with \\" quote"', '1', 'ENUM']);
    case 'Boolean': return pick(['true', 'false', '0', '"true"']);
    case 'ID': return pick(['"id"', '7', '1.0']);
    default: return '"?"';
  }
}

function randomArgs(args, depth) {
  const chosen = args.filter(() => chance(0.6));
  if (noisy(0.1)) chosen.push({ name: pick(['unknownArg', 'surnam', 'dogcommand']), type: undefined });
  if (noisy(0.05) && chosen.length) chosen.push(chosen[0]);
  if (!chosen.length) return '';
  return '(' + chosen.map((a) => `${a.name}: ${randomValue(a.type, depth)}`).join(', ') + ')';
}

function randomDirectives(maxCount = 2) {
  let out = '';
  const n = chance(0.75) ? 0 : 1 + Math.floor(rnd() * maxCount);
  for (let i = 0; i < n; i++) {
    const name = clean ? pick(['include', 'skip', 'onField', 'repeatable']) : pick(directiveNames);
    let args = '';
    if (name === 'include' || name === 'skip') args = chance(0.85) ? `(if: ${randomValue(schema.getDirective('skip').args[0].type, 0)})` : '';
    else if (name === 'withArgs') args = chance(0.5) ? '(required: 1)' : '(optional: 2)';
    else if (name === 'defer' || name === 'stream') args = chance(0.4) ? `(label: ${pick(['"a"', '"b"', '1'])})` : '';
    else if (chance(0.1)) args = '(x: 1)';
    out += ` @${name}${args}`;
  }
  return out;
}

function randomSelectionSet(type, depth) {
  const n = 1 + Math.floor(rnd() * (depth > 2 ? 2 : 4));
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(randomSelection(type, depth));
  return '{ ' + parts.join(' ') + ' }';
}

function randomSelection(type, depth) {
  const r = rnd();
  if (r < 0.12 && fragmentNames.length) return '...' + pick(clean ? fragmentNames : [...fragmentNames, 'UnknownFrag']) + randomDirectives(1);
  if (r < 0.22) {
    const cond = chance(0.2) ? '' : ' on ' + pick(clean ? composite.map((t) => t.name) : [...composite.map((t) => t.name), 'String', 'Nope']);
    const target = cond ? schema.getType(cond.slice(4)) : type;
    return '...' + cond + randomDirectives(1) + ' ' + randomSelectionSet(target && (isObjectType(target) || isInterfaceType(target) || isUnionType(target)) ? target : type, depth + 1);
  }
  if (type === schema.getQueryType() && chance(0.06)) {
    // Introspection, deep enough to reach the introspection depth limit now and then.
    return chance(0.5)
      ? '__schema ' + randomSelectionSet(schema.getType('__Schema'), depth - 3)
      : '__type(name: "Dog") ' + randomSelectionSet(schema.getType('__Type'), depth - 3);
  }
  const fields = type && (isObjectType(type) || isInterfaceType(type)) ? Object.values(type.getFields()) : [];
  const field = fields.length && (clean || chance(0.85)) ? pick(fields) : undefined;
  const name = field ? typos(field.name) : clean ? '__typename' : pick(['__typename', 'name', 'unknown', '__schema', '__type']);
  const alias = noisy(0.25) ? pick(['a', 'name', 'x', 'pets', 'mother']) + ': ' : '';
  const args = field ? randomArgs(field.args, 0) : noisy(0.1) ? '(name: "Dog")' : '';
  const fieldType = field && field.name === name ? getNamedType(field.type) : undefined;
  let sub = '';
  if (fieldType && (isObjectType(fieldType) || isInterfaceType(fieldType) || isUnionType(fieldType))) {
    if (depth < 4 && chance(0.9)) sub = ' ' + randomSelectionSet(fieldType, depth + 1);
  } else if (noisy(0.08) && depth < 4) sub = ' { name }';
  return alias + name + args + randomDirectives() + sub;
}

function randomDocument() {
  clean = chance(0.4);
  variables = [];
  fragmentNames = [];
  const fragCount = Math.floor(rnd() * 3);
  for (let i = 0; i < fragCount; i++) fragmentNames.push(pick(['F', 'G', 'H', 'F']));
  const defs = [];
  const opCount = 1 + (chance(0.2) ? 1 : 0);
  for (let o = 0; o < opCount; o++) {
    variables = [];
    const varCount = Math.floor(rnd() * 3);
    for (let i = 0; i < varCount; i++) variables.push({ name: pick(['v', 'w', 'cmd', 'flag']), type: pick(inputTypeNames) });
    const kind = pick(['query', 'query', 'query', 'mutation', 'subscription', '']);
    const root = kind === 'mutation' ? schema.getMutationType() : kind === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    const name = chance(0.6) ? ' ' + pick(['Q', 'R', 'Q']) : '';
    const varDefs = variables.length
      ? '(' + variables.map((v) => `$${v.name}: ${v.type}${chance(0.2) ? ' = ' + randomValue(schema.getType(v.type.replace(/[\[\]!]/g, '')), 0) : ''}${noisy(0.1) ? pick([' @onVariableDefinition', ' @onField', ' @skip(if: true)']) : ''}`).join(', ') + ')'
      : '';
    const header = kind === '' ? '' : `${kind}${name}${kind && (name || varDefs) ? '' : ''}${varDefs}${randomDirectives(1)} `;
    const sel = randomSelectionSet(root, 0);
    defs.push(kind === '' ? sel : header + sel);
  }
  const seen = new Set();
  for (const fname of fragmentNames) {
    if (seen.has(fname) && chance(0.5)) continue;
    seen.add(fname);
    const on = pick(clean ? composite.map((t) => t.name) : [...composite.map((t) => t.name), 'Int']);
    const t = schema.getType(on);
    defs.push(`fragment ${fname} on ${on}${randomDirectives(1)} ${randomSelectionSet(t, 1)}`);
  }
  if (noisy(0.03)) defs.push('type Extra { a: Strin }');
  return defs.join('\n');
}

const corpus = [];
let tries = 0;
while (corpus.length < count && tries < count * 5) {
  tries++;
  const source = randomDocument();
  let document;
  try {
    document = parse(source);
  } catch {
    continue;
  }
  const hide = chance(0.1);
  let errors;
  try {
    errors = validate(schema, document, undefined, { hideSuggestions: hide });
  } catch {
    // graphql-js throws for a few malformed @defer arguments in subscriptions; not a behaviour to copy.
    continue;
  }
  corpus.push({ source, hideSuggestions: hide, errors: errors.map((e) => ({ message: e.message, locations: (e.locations ?? []).map((l) => [l.line, l.column]) })) });
}
fs.writeFileSync(path.join(here, 'corpus.json'), JSON.stringify(corpus, null, 0).replace(/\},\{"source"/g, '},\n{"source"'));
const withErrors = corpus.filter((c) => c.errors.length).length;
console.log(`${corpus.length} documents, ${withErrors} with errors, ${corpus.reduce((n, c) => n + c.errors.length, 0)} errors`);
