namespace AdobeTarget.Internal;

/// <summary>What became of a batch: the notifications not delivered, why, and the last failure.</summary>
internal sealed record NotificationOutcome(IReadOnlyList<string> Undelivered, string? Reason, TargetException? LastFailure)
{
    public static readonly NotificationOutcome Delivered = new([], null, null);

    public static NotificationOutcome Merge(NotificationOutcome first, NotificationOutcome second) =>
        first.Undelivered.Count == 0 ? second
        : second.Undelivered.Count == 0 ? first
        : new([.. first.Undelivered, .. second.Undelivered], first.Reason, second.LastFailure ?? first.LastFailure);
}
