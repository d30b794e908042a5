// description: eval cannot be assigned in strict mode
// expect: error 3:1 `eval` cannot be assigned in strict mode
eval = function () {}
