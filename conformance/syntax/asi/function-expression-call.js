// description: var f = function(){}\n(g) calls the function
// expect: ok
var g
var f = function () {}
(g)
