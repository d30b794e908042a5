// description: with is not allowed in strict mode
// expect: error 3:1 `with` statements are not allowed in strict mode
with (Math) { PI }
