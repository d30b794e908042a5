// description: break to a label that does not exist
// expect: error 3:18 undefined label `nowhere` in `break`
for (;;) { break nowhere }
