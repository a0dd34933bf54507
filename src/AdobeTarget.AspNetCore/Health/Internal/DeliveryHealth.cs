namespace AdobeTarget.Internal;

/// <summary>
/// Remembers the outcomes of recent Delivery API calls (made for pages and for notifications), so that a health
/// check can report on the edge without calling it. Thread-safe; keeps the last 64 outcomes.
/// </summary>
internal sealed class DeliveryHealth(TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MinimumFailures = 3;
    public const double FailureRatio = 0.5;

    private readonly (long Timestamp, string? Failure)[] _outcomes = new (long, string?)[64];
    private int _next;
    private int _count;

    public void Succeeded() => Record(null);

    public void Failed(string kind) => Record(kind);

    /// <summary>Counts the calls and failures within the window, with the latest failure's kind.</summary>
    public (int Calls, int Failures, string? LastFailure) Recent()
    {
        var now = timeProvider.GetTimestamp();
        var calls = 0;
        var failures = 0;
        string? last = null;
        lock (_outcomes)
        {
            for (var i = 0; i < _count; i++)
            {
                var (timestamp, failure) = _outcomes[(_next - 1 - i + _outcomes.Length) % _outcomes.Length];
                if (timeProvider.GetElapsedTime(timestamp, now) > Window)
                {
                    break;
                }

                calls++;
                if (failure is not null)
                {
                    failures++;
                    last ??= failure;
                }
            }
        }

        return (calls, failures, last);
    }

    private void Record(string? failure)
    {
        var timestamp = timeProvider.GetTimestamp();
        lock (_outcomes)
        {
            _outcomes[_next] = (timestamp, failure);
            _next = (_next + 1) % _outcomes.Length;
            _count = Math.Min(_count + 1, _outcomes.Length);
        }
    }
}
