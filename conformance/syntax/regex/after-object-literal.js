// description: / after an object literal divides
// expect: ok
var x = ({ valueOf: function () { return 4 } }) / 2
