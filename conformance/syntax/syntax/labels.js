// description: labelled continue to an outer loop
// expect: ok
outer: for (var i = 0; i < 3; i++) {
  for (var j = 0; j < 3; j++) { if (j) continue outer }
}
