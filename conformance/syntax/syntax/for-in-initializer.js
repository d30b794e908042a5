// description: for (var x = 1 in o) is sloppy-only
// expect: error 4:16 unexpected `in` (expected an operator, `;` or `,`)
var o = {}
for (var x = 1 in o) {}
