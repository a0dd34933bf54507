namespace AdobeTarget;

/// <summary>A cookie to hand back to the visitor's browser, as the official SDKs return it.</summary>
/// <param name="Name">The cookie name: <c>mbox</c> or <c>mboxEdgeCluster</c>.</param>
/// <param name="Value">The raw cookie value (what at.js reads); <c>Response.Cookies.Append</c> encodes it for the <c>Set-Cookie</c> header.</param>
/// <param name="MaxAge">How long the cookie lives, in seconds.</param>
public sealed record TargetCookie(string Name, string Value, int MaxAge);
