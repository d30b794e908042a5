// description: no semicolon is inserted inside a for header
// expect: error 4:1 unexpected identifier `i` (expected an operator, `;` or `,`)
for (var i = 0
i < 3; i++) {}
