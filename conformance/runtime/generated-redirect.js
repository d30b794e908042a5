// description: a generated response from viewer-request skips the origin; a response without cookies gets an empty cookies object
// event: viewer-request
// expect: output {"response":{"headers":{"location":{"value":"https://example.com/de/docs/guide"}},"statusDescription":"Found","cookies":{},"statusCode":302}}
function handler(event) {
  return {
    statusCode: 302,
    statusDescription: "Found",
    headers: { location: { value: "https://example.com/de" + event.request.uri } }
  };
}
