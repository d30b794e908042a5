// description: a statement may follow } on the same line
// expect: ok
function f() { return 1 } f()
