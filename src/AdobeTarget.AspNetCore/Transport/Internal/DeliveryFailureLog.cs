using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>
/// Logs the failed calls of <see cref="ITargetClient"/> (the notifier logs its own retries and give-ups). Expected
/// failures (timeouts, connection failures, 5xx) log one line without a stack trace at most once per
/// <see cref="Interval"/> per kind, with the count of those left out; others log each time with the exception. The
/// transport logs the full exception of every failure at debug.
/// </summary>
internal sealed class DeliveryFailureLog(ILogger<TargetClient> logger, TimeProvider timeProvider)
{
    /// <summary>The shortest time between two lines about failures of one kind.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public void Failed(TargetException exception, string edgeAuthority)
    {
        var kind = DeliveryFailures.KindOf(exception);
        if (!DeliveryFailures.IsExpected(exception))
        {
            DeliveryLog.DeliveryFailed(logger, exception.RequestId, edgeAuthority, kind, LogText.Clean(exception.Message) ?? kind, 0, exception);
            return;
        }

        var window = _windows.GetOrAdd(kind, static _ => new Window());
        var now = timeProvider.GetTimestamp();
        long suppressed;
        lock (window)
        {
            if (window.LastLogged is { } last && timeProvider.GetElapsedTime(last, now) < Interval)
            {
                window.Suppressed++;
                return;
            }

            window.LastLogged = now;
            suppressed = window.Suppressed;
            window.Suppressed = 0;
        }

        DeliveryLog.DeliveryFailed(logger, exception.RequestId, edgeAuthority, kind, LogText.Clean(exception.Message) ?? kind, suppressed, null);
    }

    private sealed class Window
    {
        public long? LastLogged { get; set; }

        public long Suppressed { get; set; }
    }
}
