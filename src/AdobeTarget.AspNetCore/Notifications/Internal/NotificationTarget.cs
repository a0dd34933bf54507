using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Whom a notification is for and what it is sent with: the session id and location hint, and a request template
/// holding the visitor ids, context, Analytics settings and property of the prefetch it belongs to, so Target can
/// join them. Notifications with the same <see cref="BatchKey"/> may share a Delivery API call.
/// </summary>
internal sealed class NotificationTarget
{
    private string? _batchKey;

    public required string SessionId { get; init; }

    public string? LocationHint { get; init; }

    public required DeliveryRequest Template { get; init; }

    /// <summary>Gets the key of one visitor in one session: Target allows one visitor per request.</summary>
    public string BatchKey => _batchKey ??= string.Join('\n', SessionId, Template.Id?.TntId, Template.Id?.ThirdPartyId, Template.Id?.MarketingCloudVisitorId, LocationHint);

    /// <summary>The target of a prefetch's notifications, made once per response.</summary>
    public static NotificationTarget Of(TargetDeliveryResponse response) =>
        response.NotificationTarget ??= new NotificationTarget
        {
            SessionId = response.SessionId,
            LocationHint = response.LocationHint,
            Template = new DeliveryRequest
            {
                Id = response.TntId is null ? response.Request?.Id : (response.Request?.Id ?? new VisitorId()) with { TntId = response.TntId },
                Context = response.Request?.Context,
                ExperienceCloud = response.Request?.ExperienceCloud,
                Property = response.Request?.Property,
                EnvironmentId = response.Request?.EnvironmentId,
            },
        };
}
