// description: years 0 to 99 given as components mean 1900 to 1999 (after ToIntegerOrInfinity); other years are taken as they are
// node: skip local time is UTC in CloudFront
// expect: [-2208988800000, 915148800000, 915148800000, -59011459200000, -62198755200000, -2208988800000, -62198755200000]
function test() {
  return [
    new Date(0, 0).getTime(),
    new Date(99, 0).getTime(),
    new Date(99.9, 0).getTime(),
    new Date(100, 0).getTime(),
    new Date(-1, 0).getTime(),
    new Date(-0.5, 0).getTime(),
    new Date(-1.5, 0).getTime()
  ]
}
