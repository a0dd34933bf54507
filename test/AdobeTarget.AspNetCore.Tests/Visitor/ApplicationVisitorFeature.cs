namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>An <see cref="ITargetVisitorFeature"/> of the application's own, as one that keeps visitor state elsewhere would set it.</summary>
public sealed class ApplicationVisitorFeature(string? sessionId, string? tntId, string? locationHint, string? marketingCloudVisitorId) : ITargetVisitorFeature
{
    public string? SessionId { get; } = sessionId;

    public string? TntId { get; } = tntId;

    public string? LocationHint { get; } = locationHint;

    public string? MarketingCloudVisitorId { get; } = marketingCloudVisitorId;

    public TargetPageView PageView { get; } = new();
}
