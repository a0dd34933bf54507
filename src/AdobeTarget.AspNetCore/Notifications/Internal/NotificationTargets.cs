using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>Builds the visitor a notification is sent for, from a visitor resolved by <see cref="VisitorResolver"/>.</summary>
internal static class NotificationTargets
{
    /// <summary>Builds the target of notifications for a resolved visitor.</summary>
    /// <param name="visitor">The visitor, resolved with the library's precedence rule.</param>
    /// <param name="template">The caller's request, whose ids, context and property the notifications carry; may be null.</param>
    /// <param name="customerIds">Customer ids to add to the template's.</param>
    public static NotificationTarget For(ResolvedVisitor visitor, DeliveryRequest? template, IReadOnlyList<CustomerId>? customerIds)
    {
        var source = template ?? new DeliveryRequest();
        var id = source.Id;
        var tntId = id?.TntId ?? visitor.Context.TntId;
        var marketingCloudVisitorId = id?.MarketingCloudVisitorId ?? visitor.Context.MarketingCloudVisitorId;
        var customers = customerIds is { Count: > 0 } added ? [.. id?.CustomerIds ?? [], .. added] : id?.CustomerIds;
        return new NotificationTarget
        {
            SessionId = visitor.SessionId,
            LocationHint = visitor.LocationHint ?? LocationHint.FromTntId(tntId),
            Template = source with
            {
                Execute = null,
                Prefetch = null,
                Notifications = null,
                Id = id is null && tntId is null && marketingCloudVisitorId is null && customers is null
                    ? null
                    : (id ?? new VisitorId()) with { TntId = tntId, MarketingCloudVisitorId = marketingCloudVisitorId, CustomerIds = customers },
            },
        };
    }
}
