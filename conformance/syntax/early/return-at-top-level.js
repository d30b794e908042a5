// description: return outside a function
// expect: error 3:1 `return` outside of a function
return 1
