// description: export
// expect cloudfront-js-1.0: error 4:1 `export` declarations are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:1 `export` declarations are not supported by cloudfront-js-2.0
export function handler(event) { return event.request }
