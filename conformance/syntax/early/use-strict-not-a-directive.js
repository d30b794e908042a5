// description: only an exact "use strict" in the directive prologue counts: parenthesised, escaped or later strings are plain expressions
// expect: ok
var f = function (a, ...rest) { ('use strict'); return rest }
var g = function (...rest) { 'use\u0020strict'; return rest }
var h = (...rest) => { rest.length; 'use strict'; return rest }
var k = function (a, b) { 'use strict'; return a + b }
