using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>
/// Logs the failed calls of <see cref="ITargetClient"/> (the notifier logs its own retries and give-ups). Expected
/// failures (timeouts, connection failures, 5xx) log one line without a stack trace at most once per
/// <see cref="RateLimitedLog.Interval"/> per kind, with the count of those left out; others log each time with the exception. The
/// transport logs the full exception of every failure at debug.
/// </summary>
internal sealed class DeliveryFailureLog(ILogger<TargetClient> logger, TimeProvider timeProvider)
{
    private readonly RateLimitedLog _expected = new(timeProvider);

    public void Failed(TargetException exception, string edgeAuthority)
    {
        var kind = DeliveryFailures.KindOf(exception);
        if (!DeliveryFailures.IsExpected(exception))
        {
            DeliveryLog.DeliveryFailed(logger, exception.RequestId, edgeAuthority, kind, LogText.Clean(exception.Message) ?? kind, 0, exception);
            return;
        }

        if (!_expected.ShouldLog(kind, out var suppressed))
        {
            return;
        }

        DeliveryLog.DeliveryFailed(logger, exception.RequestId, edgeAuthority, kind, LogText.Clean(exception.Message) ?? kind, suppressed, null);
    }
}
