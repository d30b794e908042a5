// description: await is reserved in both runtimes
// expect: error 3:5 unexpected reserved word `await` (expected an identifier)
var await = 1
