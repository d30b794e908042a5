// description: named capture groups are listed for both runtimes
// expect: ok
var m = /(?<year>\d{4})/.exec('2024')
