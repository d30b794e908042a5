// description: continue inside a switch but outside a loop
// expect: error 3:22 `continue` outside of a loop
switch (1) { case 1: continue }
