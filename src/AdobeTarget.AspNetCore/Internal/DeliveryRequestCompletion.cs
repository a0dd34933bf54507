using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Completes a request as the official SDKs do, on shallow copies: the caller's request (which may be a shared
/// template) is never modified.
/// </summary>
internal static class DeliveryRequestCompletion
{
    public static DeliveryRequest Complete(DeliveryRequest request, TargetDeliveryOptions call, string? cookieTntId, AdobeTargetOptions settings) =>
        request with
        {
            RequestId = request.RequestId ?? Guid.NewGuid().ToString("N"),
            Id = CompleteId(request.Id, cookieTntId, call.CustomerIds),
            Context = request.Context switch
            {
                null => new Context { Channel = ChannelType.Web },
                { Channel: null } context => context with { Channel = ChannelType.Web },
                var context => context,
            },
            Property = request.Property ?? (settings.PropertyToken is { } token ? new Property { Token = token } : null),
            EnvironmentId = request.EnvironmentId ?? settings.EnvironmentId,
            ExperienceCloud = CompleteExperienceCloud(request.ExperienceCloud, call),
        };

    private static VisitorId? CompleteId(VisitorId? id, string? cookieTntId, IReadOnlyList<CustomerId>? customerIds)
    {
        var tntId = id?.TntId ?? cookieTntId;
        var customers = customerIds is { Count: > 0 }
            ? [.. id?.CustomerIds ?? [], .. customerIds]
            : id?.CustomerIds;
        if (id is null && tntId is null && customers is null)
        {
            return null;
        }

        return (id ?? new VisitorId()) with { TntId = tntId, CustomerIds = customers };
    }

    private static ExperienceCloud CompleteExperienceCloud(ExperienceCloud? experienceCloud, TargetDeliveryOptions call)
    {
        var analytics = experienceCloud?.Analytics;
        if (analytics?.Logging == LoggingType.ClientSide)
        {
            return experienceCloud!;
        }

        var supplementalDataId = analytics?.SupplementalDataId
            ?? call.PageView?.GetSupplementalDataId(call.ConsumerId)
            ?? TargetPageView.NewSupplementalDataId();
        var completed = (analytics ?? new AnalyticsRequest()) with
        {
            Logging = LoggingType.ServerSide,
            SupplementalDataId = supplementalDataId,
        };
        return (experienceCloud ?? new ExperienceCloud()) with { Analytics = completed };
    }
}
