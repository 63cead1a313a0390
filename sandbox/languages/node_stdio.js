// Preloaded before every JavaScript and TypeScript program (`node --require`).
// Node.js writes to a pipe without blocking and queues in memory what the pipe cannot take
// at once, draining the queue only when the event loop turns: a program printing in a busy
// loop then never shows its output and grows until the memory limit. Blocking writes, as for
// a terminal, let the pipe's reader (the host, which caps the output) pace the program.
for (const stream of [process.stdout, process.stderr]) {
  if (stream._handle && typeof stream._handle.setBlocking === "function") {
    stream._handle.setBlocking(true);
  }
}
