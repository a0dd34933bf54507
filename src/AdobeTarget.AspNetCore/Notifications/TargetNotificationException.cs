namespace AdobeTarget;

/// <summary>Notifications that were not delivered (inline mode): the edge rejected them, did not acknowledge them, or kept failing.</summary>
public sealed class TargetNotificationException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetNotificationException"/> class.</summary>
    /// <param name="notificationIds">The ids of the notifications not delivered.</param>
    /// <param name="reason">Why.</param>
    /// <param name="innerException">The last failure, if any.</param>
    public TargetNotificationException(IReadOnlyList<string> notificationIds, string reason, TargetException? innerException = null)
        : base($"{notificationIds.Count} Adobe Target notification(s) not delivered: {reason}", innerException?.RequestId, innerException)
    {
        NotificationIds = notificationIds;
    }

    /// <summary>Gets the ids of the notifications not delivered.</summary>
    public IReadOnlyList<string> NotificationIds { get; }

    /// <inheritdoc />
    public override bool IsTransient => (InnerException as TargetException)?.IsTransient ?? false;
}
