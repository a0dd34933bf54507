using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>Resolves whom notifications are for when there is no prefetch response to take it from.</summary>
internal static class NotificationTargets
{
    /// <summary>The visitor of the current request.</summary>
    public static NotificationTarget FromVisitor(TargetVisitorFeature visitor)
    {
        var (cookie, hint) = visitor.Current();
        var tntId = cookie.TntId;
        var mcid = visitor.MarketingCloudVisitorId;
        return new NotificationTarget
        {
            SessionId = cookie.SessionId ?? visitor.NewSessionId(),
            LocationHint = hint ?? LocationHint.FromTntId(tntId),
            Template = new DeliveryRequest
            {
                Id = tntId is null && mcid is null ? null : new VisitorId { TntId = tntId, MarketingCloudVisitorId = mcid },
            },
        };
    }

    /// <summary>The visitor that options name, completed from the current request's visitor where they say nothing.</summary>
    public static NotificationTarget FromOptions(TargetDeliveryOptions options, DateTimeOffset now, TargetVisitorFeature? current)
    {
        var cookie = options.TargetCookie is null && current is not null ? current.Current().Cookie : MboxCookieCodec.Parse(options.TargetCookie, now);
        var sessionId = cookie.SessionId
            ?? (options.SessionId is null ? null : TargetSessionId.Validate(options.SessionId) ?? throw new ArgumentException("TargetDeliveryOptions.SessionId is not a valid session id.", nameof(options)))
            ?? current?.NewSessionId()
            ?? TargetSessionId.New();
        var template = options.Request ?? new DeliveryRequest();
        var id = template.Id;
        var tntId = id?.TntId ?? cookie.TntId;
        var customers = options.CustomerIds is { Count: > 0 } added ? [.. id?.CustomerIds ?? [], .. added] : id?.CustomerIds;
        return new NotificationTarget
        {
            SessionId = sessionId,
            LocationHint = LocationHint.Validate(options.TargetLocationHint) ?? LocationHint.FromTntId(tntId),
            Template = template with
            {
                Execute = null,
                Prefetch = null,
                Notifications = null,
                Id = id is null && tntId is null && customers is null ? null : (id ?? new VisitorId()) with { TntId = tntId, CustomerIds = customers },
            },
        };
    }
}
