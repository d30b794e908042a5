// description: a semicolon is inserted after do-while's ) even on the same line
// expect: ok
var i = 0
do i++; while (i < 3) i
