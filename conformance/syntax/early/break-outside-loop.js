// description: break outside a loop or switch
// expect: error 4:3 `break` outside of a loop or switch
function f() {
  break
}
