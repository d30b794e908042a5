// description: a "use strict" directive is an error in a function whose parameter list is not simple (a rest parameter)
// expect: error 4:3 illegal 'use strict' directive in a function with a non-simple parameter list
function f(a, ...rest) {
  'use strict'
  return rest
}
