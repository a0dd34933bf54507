// Each test class starts the sample with `dotnet run` and a Chromium. With two classes at once on two cores, the
// feature-flag test failed once (it passed alone and in a serial run), so the classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
