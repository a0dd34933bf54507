using System.Diagnostics;

namespace AdobeTarget.Benchmarks;

/// <summary>The profile loops' measurement: warm up, then per call wall time, CPU time, bytes and garbage collections.</summary>
internal static class ProfileMeasure
{
    public static async Task MeasureAsync(string name, int calls, Func<Task<int>> action)
    {
        for (var i = 0; i < Math.Min(calls, 2000); i++)
        {
            await action();
        }

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await action();
        }

        watch.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var gcs = $"GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / calls:F1} µs/call";
        Console.WriteLine($"{name,-58} {watch.Elapsed.TotalMicroseconds / calls,9:F1} {cpuUsed.TotalMicroseconds / calls,8:F1} {allocated / calls,8}  {gcs}");
    }
}
