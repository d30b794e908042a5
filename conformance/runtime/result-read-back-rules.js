// description: the event's own request handed back untouched reads as CloudFront reads any request: no request cookie attributes, no multiValue inside a multiValue item
// event: odd-entries
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"}},"method":"GET","querystring":{"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b"}]}},"uri":"/odd","cookies":{"session":{"value":"abc123"}}}}
function handler(event) {
  return event.request;
}
