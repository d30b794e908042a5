// description: a return in finally replaces the try's return
// expect: ["finally", "swallowed"]
function f() { try { return 'try' } finally { return 'finally' } }
function g() { try { throw new Error('x') } finally { return 'swallowed' } }
function test() { return [f(), g()] }
