// description: a response cookie's attributes must be a string
// event: viewer-response
// expect: error Invalid function result: response.cookies["id"].attributes must be a string, got a number
function handler(event) {
  event.response.cookies.id.attributes = 1;
  return event.response;
}
