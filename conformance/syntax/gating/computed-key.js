// description: computed property keys
// expect cloudfront-js-1.0: error 5:11 computed property keys are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:11 computed property keys are not supported by cloudfront-js-2.0
var k = 'x'
var o = { [k]: 1 }
