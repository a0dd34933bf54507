// Each test starts the sample as its own dotnet process (and some a browser): run them one at a time, so that on a
// small machine one test's start-up does not starve another's first Target call past its timeout.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
