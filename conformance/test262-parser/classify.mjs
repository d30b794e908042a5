// Decides, by a written rule, which files of the test262-parser-tests
// package are in scope for each CloudFront runtime.
//
// Usage: node classify.mjs PACKAGE_DIR  (acorn must be resolvable)
// Prints {"files": [{"path", "expect", "js1", "js2"}]}: `expect` is "pass"
// or "fail"; `js1`/`js2` is null when the file is in scope for that
// runtime, or the reason it is not.
//
// The rule:
// - pass/ and pass-explicit/ files are parsed by acorn as module code
//   (strict mode, `await` reserved: the rules edgefn applies). A file acorn
//   refuses there is out of scope ("not valid as strict module code").
//   Otherwise its syntax tree is walked and every feature it uses is
//   named; it is in scope for a runtime when that runtime lists every one.
// - fail/ and early/ files must be refused. They are in scope unless acorn
//   accepts them as module code (then they are invalid only as scripts,
//   for instance because of `import`, which edgefn's 2.0 accepts), or,
//   for module-goal files (`.module.js`), acorn accepts them as strict
//   script code (then they are invalid only under module rules that
//   edgefn does not apply: it gives top-level declarations script
//   semantics, as njs does).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const dir = path.resolve(process.argv[2]);
const require = createRequire(path.join(dir, 'package.json'));
let acorn;
try {
  acorn = require('acorn');
} catch {
  acorn = createRequire(path.join(dir, '..', 'x.js'))('acorn');
}

const JS2_ONLY = new Set(['let/const', 'async functions', 'await', 'numeric separators', 'import', 'regex flag y']);
const NEVER = new Set([
  'generators', 'async function expressions', 'async arrows', 'top-level await', 'classes', 'destructuring',
  'default parameters', 'spread', 'for-of', 'tagged templates', 'optional chaining', 'nullish coalescing',
  'logical assignment', 'shorthand properties', 'shorthand methods', 'computed keys', 'dynamic import', 'export',
  'new.target or import.meta', 'BigInt', 'optional catch binding', 'hashbang', 'regex flags beyond gimy',
  'import attributes', 'labelled function declarations',
]);

function features(ast, src) {
  const found = new Set();
  if (src.startsWith('#!')) found.add('hashbang');
  const fnStack = [];
  const walk = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'VariableDeclaration':
        if (node.kind !== 'var') found.add('let/const');
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (node.generator) found.add('generators');
        if (node.async) {
          if (node.type === 'FunctionDeclaration') found.add('async functions');
          else if (node.type === 'ArrowFunctionExpression') found.add('async arrows');
          else found.add('async function expressions');
        }
        for (const p of node.params) {
          if (p.type === 'AssignmentPattern') found.add('default parameters');
          else if (p.type === 'RestElement' && p.argument.type !== 'Identifier') found.add('destructuring');
          else if (p.type === 'ObjectPattern' || p.type === 'ArrayPattern') found.add('destructuring');
        }
        break;
      case 'AwaitExpression':
        found.add('await');
        if (!fnStack.some((f) => f.async)) found.add('top-level await');
        break;
      case 'ForOfStatement':
        if (node.await) found.add('top-level await');
        found.add('for-of');
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
      case 'Super':
      case 'PrivateIdentifier':
        found.add('classes');
        break;
      case 'ObjectPattern':
      case 'ArrayPattern':
        found.add('destructuring');
        break;
      case 'AssignmentPattern':
        if (parent && !['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(parent.type)) found.add('destructuring');
        break;
      case 'SpreadElement':
        found.add('spread');
        break;
      case 'RestElement':
        if (parent && parent.type !== 'FunctionDeclaration' && parent.type !== 'FunctionExpression' && parent.type !== 'ArrowFunctionExpression') found.add('destructuring');
        break;
      case 'TaggedTemplateExpression':
        found.add('tagged templates');
        break;
      case 'ChainExpression':
        found.add('optional chaining');
        break;
      case 'LogicalExpression':
        if (node.operator === '??') found.add('nullish coalescing');
        break;
      case 'AssignmentExpression':
        if (['??=', '&&=', '||='].includes(node.operator)) found.add('logical assignment');
        break;
      case 'Property':
        if (node.shorthand) found.add('shorthand properties');
        if (node.method) found.add('shorthand methods');
        if (node.computed) found.add('computed keys');
        break;
      case 'ImportExpression':
        found.add('dynamic import');
        break;
      case 'ImportDeclaration':
        found.add('import');
        if (node.attributes && node.attributes.length) found.add('import attributes');
        break;
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration':
        found.add('export');
        break;
      case 'MetaProperty':
        found.add('new.target or import.meta');
        break;
      case 'CatchClause':
        if (!node.param) found.add('optional catch binding');
        break;
      case 'LabeledStatement':
        if (node.body.type === 'FunctionDeclaration') found.add('labelled function declarations');
        break;
      case 'Literal':
        if (node.bigint !== undefined) found.add('BigInt');
        if (typeof node.value === 'number' && node.raw.includes('_')) found.add('numeric separators');
        if (node.regex) {
          for (const f of node.regex.flags) {
            if (f === 'y') found.add('regex flag y');
            else if (!'gim'.includes(f)) found.add('regex flags beyond gimy');
          }
        }
        break;
    }
    const isFn = ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(node.type);
    if (isFn) fnStack.push(node);
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach((c) => walk(c, node));
      else if (child && typeof child.type === 'string') walk(child, node);
    }
    if (isFn) fnStack.pop();
  };
  walk(ast, null);
  return found;
}

function parseModule(src) {
  try {
    return acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  } catch {
    return null;
  }
}

function parseStrictScript(src) {
  try {
    return acorn.parse('"use strict";\n' + src, { ecmaVersion: 'latest', sourceType: 'script' });
  } catch {
    return null;
  }
}

const out = [];
for (const folder of ['pass', 'pass-explicit', 'fail', 'early']) {
  for (const name of fs.readdirSync(path.join(dir, folder)).sort()) {
    const rel = `${folder}/${name}`;
    const src = fs.readFileSync(path.join(dir, folder, name), 'utf8');
    const ast = parseModule(src);
    if (folder === 'fail' || folder === 'early') {
      let reason = ast ? 'valid as module code (invalid only as a script)' : null;
      if (!reason && name.endsWith('.module.js') && parseStrictScript(src)) {
        reason = 'valid as strict script code (invalid only under module rules)';
      }
      out.push({ path: rel, expect: 'fail', js1: reason, js2: reason });
      continue;
    }
    if (!ast) {
      out.push({ path: rel, expect: 'pass', js1: 'not valid as strict module code', js2: 'not valid as strict module code' });
      continue;
    }
    const used = [...features(ast, src)].sort();
    const never = used.find((f) => NEVER.has(f));
    const js2only = used.find((f) => JS2_ONLY.has(f));
    out.push({ path: rel, expect: 'pass', js1: never || js2only || null, js2: never || null });
  }
}
process.stdout.write(JSON.stringify({ files: out }));
