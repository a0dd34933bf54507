namespace AdobeTarget.Internal;

/// <summary>One call's visitor, resolved by <see cref="VisitorResolver"/> with the library's one precedence rule.</summary>
/// <param name="Source">Where the state came from.</param>
/// <param name="Cookie">The <c>mbox</c> cookie the call starts from (its entries are kept when it is renewed).</param>
/// <param name="SessionId">The session id the call sends.</param>
/// <param name="LocationHint">The validated location hint to route by, when known.</param>
/// <param name="Context">The visitor's ids and the request's context, for request completion.</param>
/// <param name="State">The request's state to update with the call's outcome; <see langword="null"/> unless <see cref="VisitorSource.Request"/>.</param>
internal sealed record ResolvedVisitor(
    VisitorSource Source,
    MboxCookie Cookie,
    string SessionId,
    string? LocationHint,
    VisitorContext Context,
    TargetVisitorState? State)
{
    /// <summary>Gets a value indicating whether the visitor came from the current request (its cookies or the application's feature).</summary>
    public bool IsFromRequest => Source is VisitorSource.Request or VisitorSource.Application;
}
