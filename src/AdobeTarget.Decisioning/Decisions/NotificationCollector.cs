using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// The display notifications an execute decision must send: one per satisfied rule with event tokens not yet
/// seen for that mbox, all stamped with the decision's one timestamp.
/// </summary>
internal sealed class NotificationCollector(long timestamp)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>The notifications collected, in order.</summary>
    public List<Notification> Notifications { get; } = [];

    /// <summary>Adds the notification for a satisfied rule, if it has new event tokens; returns it.</summary>
    public Notification? Add(CompiledRule rule)
    {
        List<string>? tokens = null;
        foreach (var option in rule.Options)
        {
            if (option.EventToken is { } token && _seen.Add($"{rule.ConsequenceName ?? "undefined"}-{token}"))
            {
                (tokens ??= []).Add(token);
            }
        }

        if (tokens is null)
        {
            return null;
        }

        var notification = new Notification
        {
            Id = NotificationIds.Next(),
            ImpressionId = NotificationIds.Next(),
            Timestamp = timestamp,
            Type = MetricType.Display,
            Mbox = new NotificationMbox { Name = rule.ConsequenceName },
            Tokens = tokens,
        };
        Notifications.Add(notification);
        return notification;
    }
}
