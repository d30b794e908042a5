// description: async arrow functions
// expect cloudfront-js-1.0: error 4:9 async arrow functions are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:9 async arrow functions are not supported by cloudfront-js-2.0
var f = async (x) => x
