// description: delete of an identifier
// expect: error 4:1 `delete` of an unqualified identifier is not allowed in strict mode
var x
delete x
