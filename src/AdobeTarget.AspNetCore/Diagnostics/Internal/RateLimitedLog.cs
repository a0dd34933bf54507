using System.Collections.Concurrent;

namespace AdobeTarget.Internal;

/// <summary>
/// Decides when a failure of one kind may be logged: at most once per <see cref="Interval"/> per kind, counting the
/// ones left out. Kinds are a small fixed set of constants, so the dictionary stays small.
/// </summary>
internal sealed class RateLimitedLog(TimeProvider timeProvider)
{
    /// <summary>The shortest time between two lines about failures of one kind.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Returns true when a failure of <paramref name="kind"/> may be logged now, with how many were left out since the last line.</summary>
    public bool ShouldLog(string kind, out long suppressed)
    {
        var window = _windows.GetOrAdd(kind, static _ => new Window());
        var now = timeProvider.GetTimestamp();
        lock (window)
        {
            if (window.LastLogged is { } last && timeProvider.GetElapsedTime(last, now) < Interval)
            {
                window.Suppressed++;
                suppressed = 0;
                return false;
            }

            window.LastLogged = now;
            suppressed = window.Suppressed;
            window.Suppressed = 0;
            return true;
        }
    }

    private sealed class Window
    {
        public long? LastLogged { get; set; }

        public long Suppressed { get; set; }
    }
}
