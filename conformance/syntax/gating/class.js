// description: class declarations
// expect cloudfront-js-1.0: error 4:1 classes are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:1 classes are not supported by cloudfront-js-2.0
class Greeter {
  greet() { return 'hi' }
}
