// description: arrow parameters cannot be parenthesised
// expect: error 3:10 invalid arrow function parameter: parameters cannot be parenthesised
var f = ((a)) => 0
