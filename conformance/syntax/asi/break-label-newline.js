// description: break\nlabel breaks without label
// expect: ok
outer: for (;;) {
  break
  outer
}
