using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>The fields the edge requires of every notification; one missing field rejects the whole request.</summary>
internal static class NotificationRules
{
    public static void ThrowIfIncomplete(IList<Notification>? notifications)
    {
        if (notifications is not { Count: > 0 })
        {
            throw new ArgumentException("A notification request needs at least one notification in Request.Notifications.", nameof(notifications));
        }

        for (var i = 0; i < notifications.Count; i++)
        {
            var notification = notifications[i] ?? throw new ArgumentException($"Notification {i} is null.", nameof(notifications));
            var missing = new List<string>(3);
            if (string.IsNullOrEmpty(notification.Id))
            {
                missing.Add("id");
            }

            if (notification.Type is not { Value: not null })
            {
                missing.Add("type");
            }

            if (notification.Timestamp is null)
            {
                missing.Add("timestamp");
            }

            if (missing.Count > 0)
            {
                throw new ArgumentException($"Notification {i}{(notification.Id is { Length: > 0 } id ? $" ('{id}')" : "")} lacks {string.Join(", ", missing)}.", nameof(notifications));
            }
        }
    }
}
