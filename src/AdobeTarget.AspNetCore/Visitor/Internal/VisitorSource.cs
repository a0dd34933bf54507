namespace AdobeTarget.Internal;

/// <summary>Where a call's visitor state came from.</summary>
internal enum VisitorSource
{
    /// <summary>Nothing known: a new visitor (outside a request, no cookie passed).</summary>
    None,

    /// <summary>The caller passed <see cref="TargetDeliveryOptions.TargetCookie"/>.</summary>
    Explicit,

    /// <summary>The request's cookies, read by <c>UseAdobeTarget()</c>; the call's outcome goes back to them.</summary>
    Request,

    /// <summary>An <see cref="ITargetVisitorFeature"/> the application set itself: its values are used, nothing is written back.</summary>
    Application,
}
