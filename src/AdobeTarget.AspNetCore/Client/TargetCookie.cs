namespace AdobeTarget;

/// <summary>A cookie to hand back to the visitor's browser, as the official SDKs return it.</summary>
/// <param name="Name">The cookie name: <c>mbox</c> or <c>mboxEdgeCluster</c>.</param>
/// <param name="Value">The cookie value, ready for a <c>Set-Cookie</c> header.</param>
/// <param name="MaxAge">How long the cookie lives, in seconds.</param>
public sealed record TargetCookie(string Name, string Value, int MaxAge);
