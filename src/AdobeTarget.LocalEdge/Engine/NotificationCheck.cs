using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Validates notifications as the edge does: each needs an id, a type, a timestamp and known tokens of its type.
/// One invalid notification rejects the whole request, so nothing is counted twice when it is sent again.
/// </summary>
internal sealed class NotificationCheck(EventTokens tokens)
{
    public (string? Error, List<(string? ImpressionId, long Activity, long Experience, char Kind, bool OnDevice)> Counted) Check(IList<Notification>? notifications)
    {
        var counted = new List<(string?, long, long, char, bool)>();
        for (var i = 0; i < (notifications?.Count ?? 0); i++)
        {
            var notification = notifications![i];
            var label = notification.Id is { Length: > 0 } id ? $"Notification '{Cut(id)}'" : $"Notification {i}";
            if (notification.Id is not { Length: > 0 })
            {
                return ($"{label}: id is required.", counted);
            }

            char kind;
            if (notification.Type == MetricType.Display)
            {
                kind = 'd';
            }
            else if (notification.Type == MetricType.Click)
            {
                kind = 'c';
            }
            else
            {
                return ($"{label}: type must be display or click.", counted);
            }

            if (notification.Timestamp is not > 0)
            {
                return ($"{label}: timestamp is required.", counted);
            }

            if (notification.Tokens is not { Count: > 0 })
            {
                return ($"{label}: tokens are required.", counted);
            }

            var activities = new HashSet<(long, long, char, bool)>();
            foreach (var token in notification.Tokens)
            {
                if (!tokens.TryRead(token, out var value) || value.Kind != kind)
                {
                    return ($"{label}: invalid {notification.Type} token '{Cut(token)}'.", counted);
                }

                activities.Add(value); // several options of one experience count once
            }

            counted.AddRange(activities.Select(a => (notification.ImpressionId, a.Item1, a.Item2, a.Item3, a.Item4)));
        }

        return (null, counted);
    }

    private static string Cut(string? value) => value is null ? "" : value.Length <= 64 ? value : value[..64] + "…";
}
