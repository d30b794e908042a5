// description: a `;` written at the start of the next line ends the statement; no second one is inserted
// expect: ok
if (true) a()
; else b()
do c()
;while (false)
