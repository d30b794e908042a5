// description: a function declaration as the body of an if
// expect: error 3:11 in strict mode, functions can only be declared at the top level or directly inside a block
if (true) function f() {}
