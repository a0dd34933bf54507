using AdobeTarget.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/AdobeTarget.Benchmarks -- --filter '*'   (all benchmarks)
// dotnet run -c Release --project bench/AdobeTarget.Benchmarks -- --batching     (the batching count)
// dotnet run -c Release --project bench/AdobeTarget.Benchmarks -- --profile 5000 (GetOffersAsync cut into pieces)
// dotnet run -c Release --project bench/AdobeTarget.Benchmarks -- --profile-odd 5000 (the on-device call cut into pieces)
if (args.Contains("--batching"))
{
    await BatchingReport.RunAsync();
    return;
}

if (args.Length > 0 && args[0] == "--profile-odd")
{
    await OnDeviceProfileLoop.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000, args.Contains("client"), args.Contains("cheap"));
    return;
}

if (args.Length > 0 && args[0] == "--profile")
{
    await ProfileLoop.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000, args.Contains("client"));
    return;
}

var config = ManualConfig.CreateEmpty()
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12))
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .AddColumn(StatisticColumn.Median)
    .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
    .AddExporter(MarkdownExporter.GitHub)
    .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
BenchmarkSwitcher.FromAssembly(typeof(DeliveryCallBenchmarks).Assembly).Run(args, config);
