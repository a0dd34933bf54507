using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>What one call knows of its visitor, from the caller's options or the request's <see cref="TargetVisitorState"/>.</summary>
/// <param name="TntId">The tntId of the <c>mbox</c> cookie's <c>PC</c> entry.</param>
/// <param name="MarketingCloudVisitorId">The ECID of the <c>AMCV_</c> cookie.</param>
/// <param name="PageView">The page view whose calls share supplemental data ids.</param>
/// <param name="Ambient">The HTTP request's context, to fill what the delivery request's own context leaves unset.</param>
internal readonly record struct VisitorContext(string? TntId, string? MarketingCloudVisitorId, TargetPageView? PageView, Context? Ambient);
