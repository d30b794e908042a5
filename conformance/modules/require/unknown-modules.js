// description: require of a module CloudFront does not provide throws Error "Cannot find module"; names are exact; without an argument it is a TypeError (njs)
// expect: [Error: Cannot find module "fs", Error: Cannot find module "http", Error: Cannot find module "", Error: Cannot find module "Crypto", Error: Cannot find module "crypto ", Error: Cannot find module "node:crypto", Error: Cannot find module "5", Error: Cannot find module "undefined", Error: Cannot find module "null", TypeError: missing path, "Error"]
// node: skip njs's module loader; the Node driver's require only imitates it
function test() {
  function attempt(f) { try { return f(); } catch (e) { return e; } }
  return [
    attempt(function () { return require('fs'); }),
    attempt(function () { return require('http'); }),
    attempt(function () { return require(''); }),
    attempt(function () { return require('Crypto'); }),
    attempt(function () { return require('crypto '); }),
    attempt(function () { return require('node:crypto'); }),
    attempt(function () { return require(5); }),
    attempt(function () { return require(undefined); }),
    attempt(function () { return require(null); }),
    attempt(function () { return require(); }),
    attempt(function () { return require('process'); }).name
  ];
}
