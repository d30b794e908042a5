// Runs conformance cases in Node and prints one JSON line per case with the
// rendering of `test()`'s outcome, in the format of edgefn's conformance
// runner (tests/conformance.rs). Usage: node node-driver.js CASE.js...
// Each case runs in its own context, in strict mode, as edgefn runs it.
// With EDGEFN_RENDER_EACH=1, an array result is rendered element by element
// (a JSON array of renderings), for the differential tests.
'use strict';
const fs = require('fs');
const vm = require('vm');
const { render } = require('./render.js');

function renderPromise(p) {
  // Node cannot read a promise's state synchronously: attach reactions and
  // read them after the microtask queue has drained (a macrotask later).
  return new Promise((resolve) => {
    let state = 'Promise{pending}';
    p.then(
      (v) => { state = 'Promise{fulfilled: ' + render(v) + '}'; },
      (e) => { state = 'Promise{rejected: ' + render(e) + '}'; },
    );
    setImmediate(() => resolve(state));
  });
}

// The modules CloudFront provides, for cases that `require` them. Other
// names fail as they do in njs. The module objects are shared by all the
// cases of a run: a case that changes one must restore it.
const MODULES = { crypto: require('crypto'), querystring: require('querystring') };
const caseGlobals = {
  require(name) {
    if (arguments.length === 0) throw new TypeError('missing path');
    const key = String(name);
    if (Object.prototype.hasOwnProperty.call(MODULES, key)) return MODULES[key];
    throw new Error('Cannot find module "' + key + '"');
  },
};

async function runCase(file) {
  const src = fs.readFileSync(file, 'utf8');
  // Runtime 2.0's text codecs (atob, btoa, TextEncoder, TextDecoder) are
  // Node globals rather than V8 built-ins, so a fresh context lacks them:
  // they are lent from the main context.
  const context = vm.createContext({ require: caseGlobals.require, atob, btoa, TextEncoder, TextDecoder });
  let outcome;
  try {
    vm.runInContext('"use strict";\n' + src, context, { filename: file });
    const result = vm.runInContext('test()', context);
    if (result && typeof result.then === 'function' && Object.prototype.toString.call(result) === '[object Promise]') {
      outcome = await renderPromise(result);
    } else if (process.env.EDGEFN_RENDER_EACH === '1' && Array.isArray(result)) {
      outcome = result.map((v) => render(v));
    } else {
      outcome = render(result);
    }
  } catch (e) {
    outcome = 'throws ' + render(e);
  }
  return outcome;
}

(async () => {
  for (const file of process.argv.slice(2)) {
    let outcome;
    try {
      outcome = await runCase(file);
    } catch (e) {
      outcome = 'driver error: ' + String(e);
    }
    process.stdout.write(JSON.stringify({ file, outcome }) + '\n');
  }
})();
