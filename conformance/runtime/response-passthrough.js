// description: a viewer-response function that hands back the response untouched keeps its cookies' attributes
// event: viewer-response
// expect: output {"response":{"headers":{"content-type":{"value":"text/html; charset=UTF-8"},"server":{"value":"ExampleOrigin"},"via":{"value":"1.1 example.cloudfront.net (CloudFront)"}},"statusDescription":"OK","cookies":{"id":{"value":"a3fWa","attributes":"Expires=Wed, 05 Jan 2028 07:28:00 GMT"},"ab":{"value":"x","attributes":"Path=/","multiValue":[{"value":"x","attributes":"Path=/"},{"value":"y","attributes":"Path=/beta"}]}},"statusCode":200}}
function handler(event) {
  return event.response;
}
