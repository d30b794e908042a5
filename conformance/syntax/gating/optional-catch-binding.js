// description: catch without a binding
// expect cloudfront-js-1.0: error 4:19 `catch` without a binding is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:19 `catch` without a binding is not supported by cloudfront-js-2.0
try { f() } catch { }
