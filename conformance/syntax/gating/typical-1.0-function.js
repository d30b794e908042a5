// description: the same style under 1.0: var, function, templates, arrows
// expect: ok
function handler(event) {
  var request = event.request
  var parts = request.uri.split('/').filter(p => p.length > 0)
  if (/\.(png|jpe?g)$/i.test(request.uri)) {
    request.headers['cache-control'] = { value: `max-age=${60 * 60}` }
  }
  return request
}
