// Loaded with --import into a process the bench runs: at exit, its peak resident set size
// goes to stderr on a line of its own, for the parent to read.
process.on("exit", () => {
  process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
