// description: Date() called as a function returns the event's time as toString prints it and ignores its arguments
// node: skip event clock and njs's toString format
// expect: ["Tue Nov 14 2023 22:13:20 GMT+0000", "Tue Nov 14 2023 22:13:20 GMT+0000", "string", true]
function test() {
  return [Date(), Date(0, 1, 2), typeof Date(2020, 0), Date() === new Date().toString()]
}
