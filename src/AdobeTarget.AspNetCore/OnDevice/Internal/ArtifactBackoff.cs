namespace AdobeTarget.Internal;

/// <summary>
/// The delay before retrying a failed artifact download: exponential from 1 second (1, 2, 4, … s), capped at
/// the polling interval and at 5 minutes, with full jitter (a uniform pick from zero to that bound), so that many
/// servers recovering from one outage do not call the CDN in step.
/// </summary>
internal static class ArtifactBackoff
{
    /// <summary>The most downloads tried in one polling cycle before waiting for the next.</summary>
    public const int MaxAttemptsPerCycle = 10;

    /// <summary>The bound of the first retry's delay.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>The largest bound of any retry's delay.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);

    /// <summary>The upper bound of the delay after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public static TimeSpan Bound(int attempt, TimeSpan pollingInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var cap = pollingInterval > TimeSpan.Zero && pollingInterval < MaxDelay ? pollingInterval : MaxDelay;
        var exponent = Math.Min(attempt - 1, 30);
        var bound = TimeSpan.FromTicks(BaseDelay.Ticks << exponent);
        return bound < cap ? bound : cap;
    }

    /// <summary>The delay after failed attempt <paramref name="attempt"/>: <paramref name="random"/> (in [0, 1)) times <see cref="Bound"/>.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan pollingInterval, double random)
    {
        var bound = Bound(attempt, pollingInterval);
        return TimeSpan.FromTicks((long)(bound.Ticks * Math.Clamp(random, 0, 1)));
    }
}
