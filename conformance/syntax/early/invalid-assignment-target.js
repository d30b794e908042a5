// description: assignment to a call
// expect: error 3:1 invalid assignment target
f() = 1
