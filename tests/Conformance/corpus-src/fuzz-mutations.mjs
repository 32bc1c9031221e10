// Corpus documents cut, spliced, duplicated and sprinkled with punctuation by a seeded generator, so that the
// oracle also judges documents nobody wrote on purpose. The seed is fixed: the category is stable.
import { e } from './entry.mjs';
import parserExecutable from './parser-executable.mjs';
import executionBasic from './execution-basic.mjs';
import executionFragments from './execution-fragments.mjs';
import executionNulls from './execution-nulls.mjs';
import validationValues from './validation-values.mjs';
import validationOverlap from './validation-overlap.mjs';
import syntaxErrors from './syntax-errors.mjs';

/** mulberry32: a tiny, well-known 32-bit PRNG; any fixed-seed generator would do. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sources = [parserExecutable, executionBasic, executionFragments, executionNulls, validationValues, validationOverlap, syntaxErrors]
  .flat()
  .map((entry) => entry.document)
  .filter((document) => document.length > 0 && document.length < 2000);

const noise = ['{', '}', '[', ']', '(', ')', '!', '$', '@', ':', '=', '|', '&', '...', '"', '"""', '\\', '#', ',', '\n', '\t', '0', '1.5', '-', 'e', ' ', 'on', 'fragment', 'query', 'null', 'true', '\u00e9', '\ud83d\ude00'];

function mutate(random, document) {
  const pick = (n) => Math.floor(random() * n);
  let text = document;
  const steps = [];
  for (let count = 1 + pick(3); count > 0; count--) {
    const at = pick(text.length + 1);
    switch (pick(6)) {
      case 0: {
        const length = 1 + pick(10);
        text = text.slice(0, at) + text.slice(at + length);
        steps.push(`delete ${length}@${at}`);
        break;
      }
      case 1: {
        const token = noise[pick(noise.length)];
        text = text.slice(0, at) + token + text.slice(at);
        steps.push(`insert ${JSON.stringify(token)}@${at}`);
        break;
      }
      case 2: {
        const other = sources[pick(sources.length)];
        const from = pick(other.length);
        const piece = other.slice(from, from + 1 + pick(40));
        text = text.slice(0, at) + piece + text.slice(at);
        steps.push(`splice ${piece.length}@${at}`);
        break;
      }
      case 3: {
        text = text.slice(0, at);
        steps.push(`truncate@${at}`);
        break;
      }
      case 4: {
        const from = pick(text.length + 1);
        const piece = text.slice(from, from + 1 + pick(20));
        text = text.slice(0, at) + piece.repeat(1 + pick(4)) + text.slice(at);
        steps.push(`repeat ${piece.length}@${at}`);
        break;
      }
      default: {
        if (at < text.length) {
          const token = noise[pick(noise.length)];
          text = text.slice(0, at) + token + text.slice(at + 1);
          steps.push(`replace ${JSON.stringify(token)}@${at}`);
        }
        break;
      }
    }
  }
  // Slicing may split a surrogate pair; JSON readers (System.Text.Json) refuse lone surrogates.
  return { text: text.toWellFormed(), steps };
}

const random = generator(0x5eed2024);
const entries = [];
for (let i = 0; i < 300; i++) {
  const { text, steps } = mutate(random, sources[Math.floor(random() * sources.length)]);
  entries.push(e(`fuzz ${i}: ${steps.join(', ')}`, text));
}

export default entries;
