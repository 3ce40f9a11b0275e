// One page at a time: the tests share one Chromium, and key presses and frame timing are steadier
// when pages do not compete for the machine's two cores.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
