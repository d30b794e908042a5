// description: a whole file without semicolons
// expect: ok
var counter = 0
function handler(event) {
  var request = event.request
  counter++
  if (request.uri === '/') request.uri = '/index.html'
  return request
}
