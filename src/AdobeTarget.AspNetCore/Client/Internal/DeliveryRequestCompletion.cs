using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Completes a request as the official SDKs do, on shallow copies: the caller's request (which may be a shared
/// template) is never modified.
/// </summary>
internal static class DeliveryRequestCompletion
{
    /// <summary>Completes a request.</summary>
    /// <param name="request">The caller's request.</param>
    /// <param name="call">The caller's options (customer ids, consumer id).</param>
    /// <param name="visitor">What is known of the visitor: from the cookie, the AMCV cookie and the HTTP request.</param>
    /// <param name="settings">The configured options.</param>
    public static DeliveryRequest Complete(DeliveryRequest request, TargetDeliveryOptions call, in VisitorContext visitor, AdobeTargetOptions settings) =>
        Complete(request, call.CustomerIds, call.ConsumerId, visitor, settings);

    /// <summary>Completes a request the library builds itself (a notification batch), for a visitor already resolved.</summary>
    public static DeliveryRequest Complete(DeliveryRequest request, IReadOnlyList<CustomerId>? customerIds, string? consumerId, in VisitorContext visitor, AdobeTargetOptions settings) =>
        request with
        {
            RequestId = request.RequestId ?? UniqueIds.RequestId(),
            Id = CompleteId(request.Id, visitor, customerIds),
            Context = visitor.Ambient is { } ambient
                ? RequestContextReader.Merge(request.Context, ambient)
                : request.Context switch
                {
                    null => new Context { Channel = ChannelType.Web },
                    { Channel: null } context => context with { Channel = ChannelType.Web },
                    var context => context,
                },
            Property = request.Property ?? (settings.PropertyToken is { } token ? new Property { Token = token } : null),
            EnvironmentId = request.EnvironmentId ?? settings.EnvironmentId,
            ExperienceCloud = CompleteExperienceCloud(request.ExperienceCloud, consumerId, visitor.PageView),
        };

    private static VisitorId? CompleteId(VisitorId? id, in VisitorContext visitor, IReadOnlyList<CustomerId>? customerIds)
    {
        var tntId = id?.TntId ?? visitor.TntId;
        var marketingCloudVisitorId = id?.MarketingCloudVisitorId ?? visitor.MarketingCloudVisitorId;
        var customers = customerIds is { Count: > 0 }
            ? [.. id?.CustomerIds ?? [], .. customerIds]
            : id?.CustomerIds;
        if (id is null && tntId is null && marketingCloudVisitorId is null && customers is null)
        {
            return null;
        }

        return (id ?? new VisitorId()) with { TntId = tntId, MarketingCloudVisitorId = marketingCloudVisitorId, CustomerIds = customers };
    }

    private static ExperienceCloud CompleteExperienceCloud(ExperienceCloud? experienceCloud, string? consumerId, TargetPageView? pageView)
    {
        var analytics = experienceCloud?.Analytics;
        if (analytics?.Logging == LoggingType.ClientSide)
        {
            return experienceCloud!;
        }

        var supplementalDataId = analytics?.SupplementalDataId
            ?? pageView?.GetSupplementalDataId(consumerId)
            ?? TargetPageView.NewSupplementalDataId();
        var completed = (analytics ?? new AnalyticsRequest()) with
        {
            Logging = LoggingType.ServerSide,
            SupplementalDataId = supplementalDataId,
        };
        return (experienceCloud ?? new ExperienceCloud()) with { Analytics = completed };
    }
}
