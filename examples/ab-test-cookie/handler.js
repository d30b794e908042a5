// A/B test by cookie: viewers with an "experiment" cookie keep their
// group; others are assigned one at random, and the request goes to that
// group's copy of the page.
// Event type: viewer-request. Runtime: cloudfront-js-1.0 or 2.0.

function handler(event) {
  var request = event.request;
  var cookies = request.cookies;
  var group;
  if (cookies.experiment && (cookies.experiment.value === 'a' || cookies.experiment.value === 'b')) {
    group = cookies.experiment.value;
  } else {
    group = Math.random() < 0.5 ? 'a' : 'b';
    cookies.experiment = { value: group };
  }
  if (request.uri === '/pricing') {
    request.uri = '/experiments/' + group + '/pricing';
  }
  return request;
}
