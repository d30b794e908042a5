// description: a reserved word cannot be imported under its own name
// expect cloudfront-js-1.0: error 4:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 4:10 `class` is a reserved word: import it as another name (`class as x`)
import { class } from 'cloudfront'
