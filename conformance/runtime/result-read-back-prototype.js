// description: with Object.prototype changed the request is read field by field, and reads back the same as untouched
// event: odd-entries
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"}},"method":"GET","querystring":{"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b"}]}},"uri":"/odd","cookies":{"session":{"value":"abc123"}}}}
function handler(event) {
  Object.prototype.unrelated = 1;
  return event.request;
}
