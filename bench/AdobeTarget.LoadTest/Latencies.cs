namespace AdobeTarget.LoadTest;

/// <summary>The count, median, 99th percentile and maximum of a set of page latencies.</summary>
public sealed record Latencies(int Count, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>Summarises <paramref name="milliseconds"/> (nearest-rank percentiles); all zero when empty.</summary>
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Latencies(sorted.Length, Percentile(0.50), Percentile(0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }
}
