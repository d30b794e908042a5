// description: an entry's getter that deletes a later entry while the result is read: the later key is read after the getter ran, and is gone
// event: viewer-request
// expect: error Invalid function result: request.headers["x-b"] must be an object with a string `value`, got undefined
function handler(event) {
  var h = event.request.headers;
  h['x-a'] = {
    get value() {
      delete h['x-b'];
      return 'a';
    }
  };
  h['x-b'] = { value: 'b' };
  return event.request;
}
