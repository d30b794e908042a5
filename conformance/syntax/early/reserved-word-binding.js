// description: strict-mode reserved words are not identifiers
// expect: error 3:5 unexpected reserved word `interface` (expected an identifier)
var interface = 1
